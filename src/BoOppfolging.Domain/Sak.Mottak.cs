namespace BoOppfolging.Domain;

/// <summary>Phase 1, mottak: referrals, screening, contact, missing information, sending on, referral elsewhere, closing, duplicates, foreløpig svar.</summary>
public sealed partial class Sak
{
    /// <summary>
    /// A case started by a referral (phone, letter, e-mail) that staff register. The person has not
    /// asked for help themselves, so the case waits for contact with them before assessment.
    /// </summary>
    public static (Sak Sak, Henvendelse Henvendelse) OpprettFraHenvendelse(
        string referanse, Guid personId, Kanal kanal, Mottaksform mottaksform, string melderNavn, string? melderRolle,
        string? melderTelefon, string? melderEpost, string beskrivelse, Hastegrad hastegrad, DateTimeOffset mottatt, Guid registrertAv)
    {
        if (kanal == Kanal.Soknad) throw new ArgumentException("A referral is not an application.", nameof(kanal));
        var sak = Opprett(referanse, personId, kanal, mottatt, registrertAv);
        sak.Hastegrad = hastegrad;
        // A citizen who calls about themselves has asked for help; consent is still recorded at the contact.
        var henvendelse = new Henvendelse(sak.Id, mottaksform, melderNavn, melderRolle, melderTelefon, melderEpost, beskrivelse, hastegrad);
        return (sak, henvendelse);
    }

    private bool ErIMottak => Status.ErIMottak();

    /// <summary>
    /// Records the screening. Age comes from the birth date, never from a tick box; the case moves
    /// to <see cref="Saksstatus.Mottakskontroll"/> on the first screening.
    /// </summary>
    public Result RegistrerMottakskontroll(
        DateOnly? fodselsdato, bool iMaalgruppen, bool duplikatSjekket, string? notat, DateOnly idag, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (!ErIMottak) return Result.Fail(MottakFeil.IkkeIMottak);
        if (fodselsdato is null) return Result.Fail(MottakFeil.FodselsdatoUkjent);
        var over18 = Domain.Fodselsnummer.Alder(fodselsdato.Value, idag) >= 18;
        if (Status == Saksstatus.Mottatt)
        {
            var endret = EndreStatus(Saksstatus.Mottakskontroll, utfortAv, tidspunkt);
            if (!endret.IsSuccess) return endret;
        }

        Mottakskontroll = new Mottakskontroll(over18, iMaalgruppen, duplikatSjekket, notat, utfortAv, tidspunkt);
        var tekst = $"Mottakskontroll: 18 år eller eldre: {JaNei(over18)}; i målgruppen: {JaNei(iMaalgruppen)}; "
            + $"sjekket for annen åpen sak: {JaNei(duplikatSjekket)}";
        LeggTilHendelse(HendelseType.Mottakskontroll, tekst, utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>Registers the contact with the person a referral is about; their answer decides whether the case goes on.</summary>
    public Result<Kontaktforsok> RegistrerKontakt(
        DateOnly dato, Kontaktform form, Kontaktresultat resultat, bool samtykke, string? notat, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (!ErIMottak) return Result<Kontaktforsok>.Fail(MottakFeil.IkkeIMottak);
        var kontakt = new Kontaktforsok(Id, dato, form, resultat, samtykke, notat, utfortAv, tidspunkt);
        OnskerHjelpOgSamtykker = resultat == Kontaktresultat.OnskerHjelp && samtykke;
        var tekst = $"Kontakt med personen ({form.Visningsnavn().ToLowerInvariant()}): {resultat.Visningsnavn().ToLowerInvariant()}"
            + (resultat == Kontaktresultat.OnskerHjelp ? samtykke ? ", samtykke gitt" : ", samtykke ikke gitt" : "");
        LeggTilHendelse(HendelseType.KontaktRegistrert, tekst, utfortAv, tidspunkt, intern: false);
        return kontakt;
    }

    /// <summary>Asks the citizen for missing information, due by <paramref name="frist"/>.</summary>
    public Result<Opplysningsbehov> BeOmOpplysninger(string beskrivelse, DateOnly frist, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (!ErUnderBehandling) return Result<Opplysningsbehov>.Fail(SakenErAvsluttetEllerVedtatt);
        var behov = new Opplysningsbehov(Id, beskrivelse, frist, utfortAv, tidspunkt);
        LeggTilHendelse(HendelseType.OpplysningerEtterspurt,
            $"Vi har bedt om flere opplysninger innen {frist.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}: {beskrivelse}",
            utfortAv, tidspunkt, intern: false);
        return behov;
    }

    public Result RegistrerOpplysningerMottatt(Opplysningsbehov behov, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (behov.SakId != Id) return Result.NotFound();
        if (behov.Mottatt is not null) return Result.Fail(MottakFeil.OpplysningerAlleredeMottatt);
        behov.MarkerMottatt(tidspunkt);
        LeggTilHendelse(HendelseType.OpplysningerMottatt, "Etterspurte opplysninger er mottatt", utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }

    /// <summary>Sends a screened case on to the vurderingsteam: only in the target group, 18+, no duplicate, and wanted by the person.</summary>
    public Result SendTilVurdering(Guid teamId, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (Status != Saksstatus.Mottakskontroll) return Result.Fail(MottakFeil.IkkeIMottak);
        if (Mottakskontroll is not { Godkjent: true }) return Result.Fail(MottakFeil.KontrollIkkeGodkjent);
        if (!OnskerHjelpOgSamtykker) return Result.Fail(MottakFeil.ManglerOnskeOgSamtykke);
        var tildelt = TildelTeam(teamId, utfortAv, tidspunkt);
        return tildelt.IsSuccess ? EndreStatus(Saksstatus.TilVurdering, utfortAv, tidspunkt, "sendt til vurderingsteamet") : tildelt;
    }

    /// <summary>Outside the target group: referred to another service, with a record of it (and a letter, made by the caller).</summary>
    public Result<Henvisning> HenvisTilAnnenTjeneste(string tjeneste, string begrunnelse, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        var endret = EndreStatus(Saksstatus.Henvist, utfortAv, tidspunkt, $"henvist til {tjeneste}");
        if (!endret.IsSuccess) return Result<Henvisning>.Invalid(endret.Errors);
        Henleggelsesgrunn = Domain.Henleggelsesgrunn.IkkeIMaalgruppenOgHenvist;
        return new Henvisning(Id, tjeneste, begrunnelse, utfortAv, tidspunkt);
    }

    /// <summary>Closes the case without a decision, with the reason the citizen will see.</summary>
    public Result Henlegg(Henleggelsesgrunn grunn, string? begrunnelse, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        var tekst = grunn.Visningsnavn().ToLowerInvariant() + (string.IsNullOrWhiteSpace(begrunnelse) ? "" : $" ({begrunnelse})");
        var endret = EndreStatus(Saksstatus.Henlagt, utfortAv, tidspunkt, tekst);
        if (endret.IsSuccess) Henleggelsesgrunn = grunn;
        return endret;
    }

    /// <summary>
    /// The same person already has an open case: this one is linked to it and closed, instead of
    /// running two cases side by side. The open case gets an event that points back. The same person
    /// is the same record, or two records with the same fødselsnummer (a self-registered account's
    /// person and the one the municipality knows); each case stays with its own record, so a citizen
    /// still sees their own application and why it was closed.
    /// </summary>
    public Result KobleTil(Sak aapen, Person minPerson, Person aapenPerson, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (minPerson.Id != PersonId || aapenPerson.Id != aapen.PersonId) throw new ArgumentException("The persons must be the cases' own.");
        if (aapen.Id == Id) return Result.Fail(MottakFeil.SammeSak);
        var sammePerson = aapen.PersonId == PersonId
            || (minPerson.Fodselsnummer is not null && minPerson.Fodselsnummer == aapenPerson.Fodselsnummer);
        if (!sammePerson) return Result.Fail(MottakFeil.AnnenPerson);
        if (aapen.Status.ErAvsluttet()) return Result.Fail(MottakFeil.AnnenSakAvsluttet);
        if (!ErIMottak) return Result.Fail(MottakFeil.IkkeIMottak);
        var henlagt = Henlegg(Domain.Henleggelsesgrunn.Duplikat, $"koblet til sak {aapen.Referanse}", utfortAv, tidspunkt);
        if (!henlagt.IsSuccess) return henlagt;
        KobletTilSakId = aapen.Id;
        aapen.LeggTilHendelse(HendelseType.SakKoblet, $"Sak {Referanse} er koblet til denne saken", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>
    /// A referral registered before the person was identified is moved to the person once known
    /// (found by fødselsnummer). Only while the case is in mottak.
    /// </summary>
    public Result KnyttTilPerson(Guid personId, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (!ErIMottak) return Result.Fail(MottakFeil.IkkeIMottak);
        if (personId == PersonId) return Result.Ok();
        PersonId = personId;
        LeggTilHendelse(HendelseType.PersonIdentifisert, "Saken er knyttet til personen i personregisteret", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>Records that the foreløpig svar is sent; the case's due date becomes the date the letter promised.</summary>
    public Result RegistrerForelopigSvar(DateOnly sendt, DateOnly forventetAvgjort, DateTimeOffset tidspunkt)
    {
        if (!ErUnderBehandling) return Result.Fail(SakenErAvsluttetEllerVedtatt);
        ForelopigSvarSendt = sendt;
        Frist = forventetAvgjort;
        Endret = tidspunkt;
        return Result.Ok();
    }

    private static readonly Feil SakenErAvsluttetEllerVedtatt = new(
        "ikke_under_behandling", "Saken er avsluttet eller har fått vedtak, så dette kan ikke gjøres nå.");

    private static string JaNei(bool verdi) => verdi ? "ja" : "nei";
}
