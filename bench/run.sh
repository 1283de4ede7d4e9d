#!/usr/bin/env bash
# Benchmark of the main staff pages (not a test; see bench/README.md). Builds Release, makes a
# database per size with the data generator (cached in bench/results/cache by seed and size), runs
# the app on loopback against a copy of it, logs in as a saksbehandler, the teamleder and a member of
# the vurderingsteam, and loads each page with wrk. /health in the same run is the baseline: on a shared, noisy machine the
# ratio to it says more than the raw figure.
#
#   bench/run.sh                      sizes 1000 and 100000, 10 s per endpoint
#   BENCH_SIZES="1000" BENCH_DURATION=5s bench/run.sh
#   BENCH_REGENERATE=1 bench/run.sh   make the cached databases again (after a generator change)
#   BENCH_DATO=$(date +%F) BENCH_REGENERATE=1 bench/run.sh   the data's "now" today (the follow-up lists then look like a
#                                     normal day: no visits "not documented" since the generator's default date)
set -euo pipefail
cd "$(dirname "$0")/.."
rot="$PWD"

sizes=${BENCH_SIZES:-"1000 100000"}
seed=${BENCH_SEED:-42}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-3s}
port=${BENCH_PORT:-5099}
base="http://127.0.0.1:$port"
results="$rot/bench/results"
cache="$results/cache"
mkdir -p "$cache"

die() { echo "bench: $*" >&2; exit 1; }
for tool in wrk sqlite3 curl dotnet; do
  command -v "$tool" >/dev/null || die "$tool mangler (apt-get install wrk sqlite3 curl)"
done

work=$(mktemp -d /tmp/bo-bench.XXXXXX)
app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
trap 'stop_app; rm -rf "$work"' EXIT

echo "== Bygger Release"
dotnet build -c Release -v quiet -nologo src/BoOppfolging.Web/BoOppfolging.Web.csproj >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; die "bygget av webappen feilet"; }
dotnet build -c Release -v quiet -nologo src/BoOppfolging.Datagenerator/BoOppfolging.Datagenerator.csproj >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; die "bygget av datageneratoren feilet"; }
web_bin="$rot/src/BoOppfolging.Web/bin/Release/net10.0"
gen_dll="$rot/src/BoOppfolging.Datagenerator/bin/Release/net10.0/BoOppfolging.Datagenerator.dll"

# Percent-encoding byte by byte (UTF-8 names with æ, ø, å), for the posted search.
urlencode() {
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

# A name as the app's pages write it: Razor's encoder writes letters outside ASCII (æ, ø, å) as &#xE6; and so on.
html_text() {
  local s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9\ .-]) out+=$c ;;
      *) out+=$(printf '&#x%X;' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

# The hidden antiforgery field of a page (the token is bound to the signed-in user, so it is read per user).
token_from() {
  sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' "$1" | head -1
}

# Logs in through the form, as a person would; prints the Cookie header value for wrk.
login() {
  local user=$1 jar="$work/$1.jar"
  rm -f "$jar"
  curl -sf -c "$jar" -b "$jar" "$base/konto/logg-inn" -o "$work/login.html" || die "GET /konto/logg-inn feilet"
  local tok; tok=$(token_from "$work/login.html")
  [ -n "$tok" ] || die "fant ikke antiforgery-token på innloggingssiden"
  local svar
  svar=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "Epost=$user" --data-urlencode "Passord=Demo-passord-2026" \
    --data-urlencode "__RequestVerificationToken=$tok" --data-urlencode "ReturnUrl=" "$base/konto/logg-inn")
  case "$svar" in
    302*) ;;
    *) die "innlogging som $user feilet (svar: $svar)" ;;
  esac
  grep -q '\.BoOppfolging\.Innlogging' "$jar" || die "innlogging som $user ga ingen innloggingscookie"
  awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

# A page must answer 200 with the text that shows it is the right page (a redirect to log-in is a failure).
check_page() {
  local label=$1 method=$2 url=$3 cookie=$4 expect=$5 body=${6:-}
  local args=(-s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie")
  [ "$method" = POST ] && args+=(-H "Content-Type: application/x-www-form-urlencoded" --data "$body")
  local code; code=$(curl "${args[@]}" "$url")
  [ "$code" = 200 ] || die "$label: HTTP $code (forventet 200; 302 betyr at innloggingscookien ikke virket)"
  grep -q -- "$expect" "$work/page.html" || die "$label: svaret mangler «$expect»"
}

# The wrk script: counts every answer that is not 200 (wrk itself reports only 4xx/5xx, not a 302 to log-in).
write_lua() {
  local file=$1 method=$2 body=${3:-}
  cat >"$file" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("bad") end
  io.write(string.format("NOT_200 %d\n", total))
  -- wrk's --latency prints 50/75/90/99 only; the percentiles in microseconds, from the same histogram.
  io.write(string.format("LATENCY_US %d %d %d %d\n", latency:percentile(50), latency:percentile(90),
    latency:percentile(95), latency:percentile(99)))
end
wrk.method = "$method"
LUA
  if [ "$method" = POST ]; then
    printf 'wrk.body = "%s"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n' "$body" >>"$file"
  fi
}

rows=()
# Peak resident memory of the app so far (VmHWM, MiB): the most it has held at once since it started.
peak_rss() { awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

# Runs wrk on one endpoint and adds a row: label, user, N, req/s, p50, p90, p95, p99 (ms), timeouts, peak RSS (MiB).
measure() {
  local label=$1 user=$2 n=$3 url=$4 cookie=$5 method=$6 body=${7:-}
  local lua="$work/bench.lua" out="$work/wrk.out"
  write_lua "$lua" "$method" "$body"
  local hdr=(); [ -n "$cookie" ] && hdr=(-H "Cookie: $cookie")
  wrk -t2 -c4 -d"$warmup" --timeout 10s -s "$lua" "${hdr[@]}" "$url" >/dev/null
  wrk -t2 -c4 -d"$duration" --timeout 10s --latency -s "$lua" "${hdr[@]}" "$url" >"$out"
  local bad; bad=$(awk '/^NOT_200/ {print $2}' "$out")
  if [ "${bad:-1}" != 0 ] || grep -q "Non-2xx" "$out"; then
    cat "$out"; die "$label ($user, N=$n): $bad svar var ikke 200"
  fi
  # A refused or broken connection is a failure; a timeout (no answer within 10 s) is counted in the table.
  local errors; errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 " " $10}' "$out")
  local timeouts=${errors#* }
  if [ -n "$errors" ] && [ "${errors%% *}" != 0 ]; then
    cat "$out"; die "$label ($user, N=$n): tilkoblingsfeil"
  fi
  local rps p50 p90 p95 p99 rss
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  read -r p50 p90 p95 p99 < <(awk '/^LATENCY_US/ {printf "%.1f %.1f %.1f %.1f\n", $2 / 1000, $3 / 1000, $4 / 1000, $5 / 1000}' "$out")
  [ -n "${p99:-}" ] || { cat "$out"; die "$label ($user, N=$n): wrk skrev ingen persentiler"; }
  rss=$(peak_rss)
  rows+=("$label|$user|$n|$rps|$p50|$p90|$p95|$p99|${timeouts:-0}|$rss")
  printf '   %-28s %-14s %8s req/s  p50 %6s  p90 %6s  p95 %6s  p99 %6s ms  timeouts %s  peak RSS %s MiB\n' \
    "$label" "$user" "$rps" "$p50" "$p90" "$p95" "$p99" "${timeouts:-0}" "$rss"
}

# Only the warm-up: load a page for $warmup without recording it.
warm() {
  local url=$1 cookie=$2 method=$3 body=${4:-}
  local lua="$work/warm.lua"
  write_lua "$lua" "$method" "$body"
  wrk -t2 -c4 -d"$warmup" --timeout 10s -s "$lua" -H "Cookie: $cookie" "$url" >/dev/null
}

# One user's pages, each checked first: warmed up (pass "varm") or measured (pass "mal").
user_pages() {
  local who=$1 n=$2 pass=$3 cookie tok body
  # Logged in just before this user's pages, as a browser would be: the cookie is re-validated against the
  # database once it is a minute old (SecurityStampValidator) and a browser then gets the renewed one, but
  # wrk keeps sending the old cookie, so every request after that minute would also re-read the user.
  cookie=$(login "$who@demo.no")
  check_page "GET /saker" GET "$base/saker" "$cookie" "Finn saker"
  page "GET /saker" "$base/saker" GET

  # The search form is posted (names never go in URLs); its token is bound to the signed-in user.
  curl -s -H "Cookie: $cookie" "$base/saker" -o "$work/saker.html"
  tok=$(token_from "$work/saker.html")
  body="Sok=$(urlencode "$surname")&__RequestVerificationToken=$tok"
  check_page "POST /saker (søk)" POST "$base/saker" "$cookie" "$(html_text "$surname")" "$body"
  page "POST /saker Sok=$surname" "$base/saker" POST "$body"

  # A search that finds one person (the case's, by full name): what a caseworker types most of the time. The
  # commonest surname above finds ~25 cases at N=1000 and ~1 200 at N=100000, and a search reads every match.
  body="Sok=$(urlencode "$fullname")&__RequestVerificationToken=$tok"
  check_page "POST /saker (søk på fullt navn)" POST "$base/saker" "$cookie" "$case_ref" "$body"
  page "POST /saker Sok=(fullt navn)" "$base/saker" POST "$body"

  check_page "GET /saker/{id}" GET "$base/saker/$case_id" "$cookie" "$case_ref"
  page "GET /saker/{id}" "$base/saker/$case_id" GET
}

# The vurderingsteam's queue (TilVurdering, Kartlegging, Innstilling by deadline, with who has each case) and the
# IPLOS due list: for the team leader (every case) and a member (their team's cases; the generator has one team).
queue_pages() {
  local who=$1 n=$2 pass=$3 cookie
  cookie=$(login "$who@demo.no")
  check_page "GET /vurdering" GET "$base/vurdering" "$cookie" "Hvem har saken"
  page "GET /vurdering" "$base/vurdering" GET
  # The IPLOS due list: the newest finished assessment per open case whose next date is near or passed. The table's
  # caption is written only when some case is on the list (the generator spreads the next dates, so some are due).
  check_page "GET /vurdering/iplos" GET "$base/vurdering/iplos" "$cookie" "Saker med IPLOS-vurdering som forfaller"
  page "GET /vurdering/iplos" "$base/vurdering/iplos" GET
}

# The team leader's vedtak work (issue 11): "Til godkjenning", the vedtak waiting for approval by the oldest first,
# 25 a page with the count; the newest approved vedtak's page with its letter; and "Klar til utsending", the
# approved vedtak whose letter is not sent yet, 50 a page with the count, each letter's address read from its content.
approval_pages() {
  local who=$1 n=$2 pass=$3 cookie
  cookie=$(login "$who@demo.no")
  check_page "GET /vedtak/godkjenning" GET "$base/vedtak/godkjenning" "$cookie" "vedtak venter"
  page "GET /vedtak/godkjenning" "$base/vedtak/godkjenning" GET
  check_page "GET /saker/{id}/vedtak/{id}" GET "$base/saker/$vedtak_sak/vedtak/$vedtak_id" "$cookie" "Vedtaksbrevet"
  page "GET /saker/{id}/vedtak/{id}" "$base/saker/$vedtak_sak/vedtak/$vedtak_id" GET
  check_page "GET /vedtak/utsending" GET "$base/vedtak/utsending" "$cookie" "brev venter"
  page "GET /vedtak/utsending" "$base/vedtak/utsending" GET
}

# Issue 12, the follow-up: the bo-oppfølger's "Mine brukere" (their open cases with the hours delivered against the
# vedtak and the flags), "Min uke" (this week's visits per day), and the follow-up page of their case in follow-up with the
# most visits (contacts, hours against the vedtak per week and month, planned visits, the log); bo-oppfolger@demo.no has a
# caseload of ~20 at every N, so these pages show what the volume of other cases and visits costs them.
oppfolger_pages() {
  local who=$1 n=$2 pass=$3 cookie
  cookie=$(login "$who@demo.no")
  check_page "GET /mine-brukere" GET "$base/mine-brukere" "$cookie" "Du følger opp"
  page "GET /mine-brukere" "$base/mine-brukere" GET
  check_page "GET /mine-brukere/uke" GET "$base/mine-brukere/uke" "$cookie" "Min uke: "
  page "GET /mine-brukere/uke" "$base/mine-brukere/uke" GET
  check_page "GET /saker/{id}/oppfolging" GET "$base/saker/$oppf_sak/oppfolging" "$cookie" "Timer mot vedtaket"
  page "GET /saker/{id}/oppfolging" "$base/saker/$oppf_sak/oppfolging" GET
}

# The team leader's follow-up lists over their follow-up team (/oppfolging/oversikt: the cases that need something now,
# each list the most pressing first) and "Bo-oppfølgere" (/oppfolging/kapasitet: the team's bo-oppfølgere with their cases
# and granted hours against their capacity; the generator makes about one bo-oppfølger per 20 open cases, so ~1 900 at
# N=100000, in teams of about twelve). The whole unit (?team=alle) is a choice on both pages: it is timed one request at a
# time (single), not under load. Text written in a view is sent as it is (UTF-8); text from the model (the title here)
# is written with &#x..; for æ, ø, å (html_text).
oppfolging_leader_pages() {
  local who=$1 n=$2 pass=$3 cookie
  cookie=$(login "$who@demo.no")
  check_page "GET /oppfolging/oversikt" GET "$base/oppfolging/oversikt" "$cookie" "$(html_text "Oppfølgingsoversikt")"
  page "GET /oppfolging/oversikt" "$base/oppfolging/oversikt" GET
  check_page "GET /oppfolging/kapasitet" GET "$base/oppfolging/kapasitet" "$cookie" "Bo-oppfølgernes kapasitet"
  page "GET /oppfolging/kapasitet" "$base/oppfolging/kapasitet" GET
  if [ "$pass" != varm ]; then
    single "GET /oppfolging/oversikt?team=alle" "$base/oppfolging/oversikt?team=alle" "$cookie" "Viser hele enheten."
    single "GET /oppfolging/kapasitet?team=alle" "$base/oppfolging/kapasitet?team=alle" "$cookie" "Viser hele enheten."
  fi
  # Where the overview's lists lead: a case's evaluations (the one in follow-up with the most) and its warnings about lack
  # of participation (the one with the most visits not met), each with the case's goals or visits behind it.
  check_page "GET /saker/{id}/oppfolging/evaluering" GET "$base/saker/$eval_sak/oppfolging/evaluering" "$cookie" "Evaluering av tjenesten"
  page "GET /saker/{id}/oppfolging/evaluering" "$base/saker/$eval_sak/oppfolging/evaluering" GET
  check_page "GET /saker/{id}/oppfolging/medvirkning" GET "$base/saker/$medv_sak/oppfolging/medvirkning" "$cookie" "Medvirkning"
  page "GET /saker/{id}/oppfolging/medvirkning" "$base/saker/$medv_sak/oppfolging/medvirkning" GET
}

# Issue 13, complaints: the unit's work list (/klager: the open complaints, with the unit, partly reversed or with Statsforvalteren,
# oldest first, 50 a page with the count and how many need a foreløpig svar), every complaint (?alle=true, the team leader), and
# one complaint's page (the oldest open one: where it stands, the deadline, the formal check, the letters, the next step). The team
# leader sees every case's complaints, the saksbehandler those of their own cases and the unassigned ones. The heading is matched
# with its tag: the menu has "Klager" on every staff page.
klage_pages() {
  local who=$1 n=$2 pass=$3 cookie
  cookie=$(login "$who@demo.no")
  check_page "GET /klager" GET "$base/klager" "$cookie" '"lg">Klager</h1>'
  page "GET /klager" "$base/klager" GET
  [ "$who" = teamleder ] || return 0
  check_page "GET /klager?alle=true" GET "$base/klager?alle=true" "$cookie" "Alle klager, eldste"
  page "GET /klager?alle=true" "$base/klager?alle=true" GET
  check_page "GET /saker/{id}/klager/{id}" GET "$base/saker/$klage_sak/klager/$klage_id" "$cookie" "Klage $klage_ref</h1>"
  page "GET /saker/{id}/klager/{id}" "$base/saker/$klage_sak/klager/$klage_id" GET
}

# One request at a time, three times after one unmeasured: the median ms, for a page too heavy for the load test.
singles=()
single() {
  local label=$1 url=$2 cookie=$3 expect=$4 t times=()
  check_page "$label" GET "$url" "$cookie" "$expect"
  for _ in 1 2 3; do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $cookie" "$url")
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
  done
  singles+=("$label|$n|$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)")
}

# A page of user_pages: its warm-up alone, or measure (which warms up first too).
page() {
  local label=$1 url=$2 method=$3 body=${4:-}
  if [ "$pass" = varm ]; then warm "$url" "$cookie" "$method" "$body"
  else measure "$label" "$who" "$n" "$url" "$cookie" "$method" "$body"; fi
}

# Per N: milliseconds from starting the process to the first answered /health, and the peak RSS after all the load.
oppstart=()

for n in $sizes; do
  db="$cache/seed$seed-n$n.db"
  if [ -n "${BENCH_REGENERATE:-}" ] || [ ! -f "$db" ]; then
    echo "== Lager database med $n saker (frø $seed)"
    rm -f "$db" "$db-wal" "$db-shm"
    dotnet "$gen_dll" --database "$db" --saker "$n" --seed "$seed" ${BENCH_DATO:+--dato "$BENCH_DATO"} | tee "$cache/seed$seed-n$n.log"
    # One file, so a copy is complete.
    sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  fi

  # The app writes (audit entries, log-ins, keys): it gets a copy, and the cached database stays as generated.
  kopi="$work/n$n.db"
  cp "$db" "$kopi"
  # Written to disk before the app starts: at 100 000 cases the copy is ~7 GB, and its write-back competing with the app's
  # first reads made the start take over a minute (not the app's own start, which is ~2 s on a settled disk).
  sync "$kopi"
  case_id=$(sqlite3 "$kopi" "SELECT lower(s.Id) FROM Saker s JOIN AspNetUsers u ON u.Id = s.SaksbehandlerId
    WHERE u.UserName = 'saksbehandler@demo.no' AND s.Status = 'TilVurdering' ORDER BY s.Referanse LIMIT 1;")
  case_ref=$(sqlite3 "$kopi" "SELECT Referanse FROM Saker WHERE lower(Id) = '$case_id';")
  case_events=$(sqlite3 "$kopi" "SELECT count(*) FROM Hendelser WHERE lower(SakId) = '$case_id';")
  surname=$(sqlite3 "$kopi" "SELECT Etternavn FROM Personer GROUP BY Etternavn ORDER BY count(*) DESC, Etternavn LIMIT 1;")
  fullname=$(sqlite3 "$kopi" "SELECT p.Fornavn || ' ' || p.Etternavn FROM Saker s JOIN Personer p ON p.Id = s.PersonId WHERE lower(s.Id) = '$case_id';")
  [ -n "$case_id" ] && [ -n "$surname" ] || die "fant ingen sak eller etternavn i $kopi"
  # The newest approved vedtak, for the vedtak page with its letter (1 000 cases may have none waiting for approval).
  read -r vedtak_sak vedtak_id < <(sqlite3 -separator ' ' "$kopi" "SELECT lower(SakId), lower(Id) FROM Vedtak WHERE Status = 'Vedtatt'
    ORDER BY Vedtatt DESC LIMIT 1;")
  [ -n "${vedtak_id:-}" ] || die "fant ingen fattet vedtak i $kopi (lag databasen på nytt: BENCH_REGENERATE=1)"
  # The follow-up case of bo-oppfolger@demo.no (primærkontakt) with the most visits, and the counts for the banner.
  oppf_sak=$(sqlite3 "$kopi" "SELECT lower(s.Id) FROM Saker s JOIN AspNetUsers u ON u.Id = s.PrimaerkontaktId JOIN Besok b ON b.SakId = s.Id
    WHERE u.UserName = 'bo-oppfolger@demo.no' AND s.Status = 'IOppfolging' GROUP BY s.Id ORDER BY count(*) DESC, s.Referanse LIMIT 1;")
  [ -n "$oppf_sak" ] || die "bo-oppfolger@demo.no har ingen sak i oppfølging i $kopi (lag databasen på nytt: BENCH_REGENERATE=1)"
  oppf_besok=$(sqlite3 "$kopi" "SELECT count(*) FROM Besok WHERE lower(SakId) = '$oppf_sak';")
  # The case in follow-up with the most evaluations, and the one with the most warnings and missed visits (a database made
  # before the generator evaluated and warned still gives a case: the pages then show none).
  eval_sak=$(sqlite3 "$kopi" "SELECT lower(s.Id) FROM Saker s LEFT JOIN Evalueringer e ON e.SakId = s.Id WHERE s.Status = 'IOppfolging'
    GROUP BY s.Id ORDER BY count(e.Id) DESC, s.Referanse LIMIT 1;")
  medv_sak=$(sqlite3 "$kopi" "SELECT lower(s.Id) FROM Saker s JOIN Besok b ON b.SakId = s.Id WHERE s.Status = 'IOppfolging'
    GROUP BY s.Id ORDER BY (SELECT count(*) FROM Medvirkningsvarsler m WHERE m.SakId = s.Id) DESC,
      sum(b.Utfall IN ('IkkeTruffet', 'AvlystAvBruker')) DESC, s.Referanse LIMIT 1;")
  read -r n_besok n_ioppf n_avsl n_mine < <(sqlite3 -separator ' ' "$kopi" "SELECT (SELECT count(*) FROM Besok),
    (SELECT count(*) FROM Saker WHERE Status = 'IOppfolging'), (SELECT count(*) FROM Saker WHERE Status = 'Avsluttet'),
    (SELECT count(*) FROM Saker s JOIN AspNetUsers u ON u.Id IN (s.PrimaerkontaktId, s.SekundaerkontaktId)
      WHERE u.UserName = 'bo-oppfolger@demo.no' AND s.Status = 'IOppfolging');")
  echo "   $n_besok besøk, $n_ioppf saker i oppfølging, $n_avsl avsluttet; bo-oppfolger@demo.no har $n_mine, saken med flest besøk har $oppf_besok"
  # The oldest open complaint (the first row of the work list), for the complaint's page.
  read -r klage_sak klage_id klage_ref < <(sqlite3 -separator ' ' "$kopi" "SELECT lower(SakId), lower(Id), Referanse FROM Klager
    WHERE Status IN ('Mottatt', 'Formkrav', 'UnderBehandling', 'DelvisOmgjort', 'OversendtStatsforvalteren') ORDER BY Mottatt, Nummer LIMIT 1;")
  [ -n "${klage_id:-}" ] || die "fant ingen åpen klage i $kopi (lag databasen på nytt: BENCH_REGENERATE=1)"
  read -r n_klager n_apne < <(sqlite3 -separator ' ' "$kopi" "SELECT count(*), sum(Status IN ('Mottatt', 'Formkrav', 'UnderBehandling',
    'DelvisOmgjort', 'OversendtStatsforvalteren')) FROM Klager;")
  echo "   $n_klager klager, $n_apne åpne; klagesiden viser $klage_ref"

  echo "== N=$n: starter appen på $base (sak $case_ref med $case_events hendelser, søk «$surname»)"
  start_ns=$(date +%s%N)
  (cd "$web_bin" && ASPNETCORE_ENVIRONMENT=Development Demo__Opprett=false ConnectionStrings__Sqlite="Data Source=$kopi" \
    Dokumentlager__Mappe="$cache/seed$seed-n$n-dokumenter" \
    exec dotnet BoOppfolging.Web.dll --urls "$base") >"$work/app-n$n.log" 2>&1 &
  app_pid=$!
  # Start-up: from the process start to the first answered /health, polled every 20 ms (curl adds a few ms).
  oppe=""
  for _ in $(seq 1 3000); do
    if curl -sf "$base/health" >/dev/null 2>&1; then oppe=$(date +%s%N); break; fi
    kill -0 "$app_pid" 2>/dev/null || { tail -20 "$work/app-n$n.log"; die "appen stoppet under oppstart"; }
    sleep 0.02
  done
  [ -n "$oppe" ] || die "/health svarte ikke innen 60 s"
  oppstart_ms=$(( (oppe - start_ns) / 1000000 ))
  echo "   oppstart til første svar på /health: $oppstart_ms ms"

  # First every page of both users once, unmeasured: the first page measured after the start would otherwise
  # also carry the JIT's second tier and the thread pool's ramp-up (seen as a slower first row at N=1000).
  for who in saksbehandler teamleder; do user_pages "$who" "$n" varm; done
  for who in teamleder vurderingsteam; do queue_pages "$who" "$n" varm; done
  approval_pages teamleder "$n" varm
  oppfolger_pages bo-oppfolger "$n" varm
  oppfolging_leader_pages teamleder "$n" varm
  for who in teamleder saksbehandler; do klage_pages "$who" "$n" varm; done
  measure "GET /health (baseline)" "-" "$n" "$base/health" "" GET
  for who in saksbehandler teamleder; do user_pages "$who" "$n" mal; done
  for who in teamleder vurderingsteam; do queue_pages "$who" "$n" mal; done
  approval_pages teamleder "$n" mal
  oppfolger_pages bo-oppfolger "$n" mal
  oppfolging_leader_pages teamleder "$n" mal
  for who in teamleder saksbehandler; do klage_pages "$who" "$n" mal; done
  oppstart+=("$n|$oppstart_ms|$(peak_rss)")
  stop_app
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
{
  echo "| endpoint | user | N | req/s | p50 ms | p90 ms | p95 ms | p99 ms | req/s vs /health | timeouts | peak RSS MiB |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r label user n rps p50 p90 p95 p99 timeouts rss <<<"$row"
    health=$(printf '%s\n' "${rows[@]}" | awk -F'|' -v n="$n" '$1 ~ /^GET \/health/ && $3 == n {print $4}')
    ratio=$(awk -v a="$rps" -v b="$health" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
    echo "| $label | $user | $n | $rps | $p50 | $p90 | $p95 | $p99 | $ratio | $timeouts | $rss |"
  done
  echo
  echo "| endpoint, one request at a time | N | median of 3, ms |"
  echo "|---|---:|---:|"
  for row in "${singles[@]}"; do
    IFS='|' read -r label n ms <<<"$row"
    echo "| $label | $n | $ms |"
  done
  echo
  echo "| N | start to first /health ms | peak RSS MiB (VmHWM, after all the load) |"
  echo "|---:|---:|---:|"
  for row in "${oppstart[@]}"; do
    IFS='|' read -r n ms rss <<<"$row"
    echo "| $n | $ms | $rss |"
  done
} | tee "$results/bench-$stamp.md"
echo "(lagret i bench/results/bench-$stamp.md; wrk -t2 -c4, $duration per endepunkt, $(nproc) kjerner, last $(cut -d' ' -f1-3 /proc/loadavg))"
