namespace BoOppfolging.Domain;

/// <summary>Phase 3, oppfølging: the case's part of the follow-up. Visits, meetings and plans are their own aggregates.</summary>
public sealed partial class Sak
{
    /// <summary>
    /// The case's primær- and sekundærkontakt from <paramref name="fra"/> (today or earlier, not before the current
    /// contacts' start). A role whose holder changes has its open period ended the day before and a new one begun; a
    /// role whose holder stays keeps its period. The first assignment after a vedtak starts the follow-up
    /// (<see cref="Saksstatus.IOppfolging"/>). Returns the new periods, for the caller to save with the case.
    /// </summary>
    public Result<IReadOnlyList<Kontaktperiode>> TildelKontakter(
        Guid primaerkontaktId, Guid? sekundaerkontaktId, DateOnly fra, string? begrunnelse, IEnumerable<Kontaktperiode> perioder,
        DateOnly idag, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (Status.ErAvsluttet()) return Result<IReadOnlyList<Kontaktperiode>>.Fail(SakFeil.SakenErAvsluttet);
        if (primaerkontaktId == sekundaerkontaktId) return Result<IReadOnlyList<Kontaktperiode>>.Fail(SakFeil.SammeKontakt);
        if (fra > idag) return Result<IReadOnlyList<Kontaktperiode>>.Fail(KontaktFeil.FraFramITid);
        var apne = perioder.Where(p => p.SakId == Id && p.ErApen).ToList();
        if (apne.Count > 0 && apne.Max(p => p.Fra) is var sist && fra < sist) return Result<IReadOnlyList<Kontaktperiode>>.Fail(KontaktFeil.FraForForrige(sist));
        if (primaerkontaktId == PrimaerkontaktId && sekundaerkontaktId == SekundaerkontaktId) return Result<IReadOnlyList<Kontaktperiode>>.Fail(KontaktFeil.IngenEndring);

        var nye = new List<Kontaktperiode>();
        foreach (var (rolle, bruker) in new[] { (Kontaktrolle.Primaerkontakt, (Guid?)primaerkontaktId), (Kontaktrolle.Sekundaerkontakt, sekundaerkontaktId) })
        {
            var naa = apne.SingleOrDefault(p => p.Rolle == rolle);
            if (naa?.BrukerId == bruker) continue;
            naa?.Avslutt(fra);
            if (bruker is { } id) nye.Add(new Kontaktperiode(Id, id, rolle, fra, begrunnelse, utfortAv, tidspunkt));
        }

        if (Status == Saksstatus.Vedtatt)
        {
            var start = EndreStatus(Saksstatus.IOppfolging, utfortAv, tidspunkt);
            if (!start.IsSuccess) return Result<IReadOnlyList<Kontaktperiode>>.Invalid(start.Errors);
        }

        (PrimaerkontaktId, SekundaerkontaktId) = (primaerkontaktId, sekundaerkontaktId);
        LeggTilHendelse(
            HendelseType.BoOppfolgerTildelt, $"{(apne.Count == 0 ? "Primær- og sekundærkontakt tildelt" : "Nye kontakter")} fra {fra:dd.MM.yyyy}",
            utfortAv, tidspunkt, intern: false);
        return nye;
    }

    /// <summary>
    /// The service was evaluated with the citizen (<see cref="Evaluering"/>, made by the caller and saved with the case): on the
    /// timeline, for the citizen too, with the conclusion.
    /// </summary>
    public Result RegistrerEvaluering(Evaluering evaluering, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(evaluering);
        if (evaluering.SakId != Id) return Result.NotFound();
        if (Status is not (Saksstatus.Vedtatt or Saksstatus.IOppfolging)) return Result.Fail(EvalueringFeil.IngenVedtak);
        LeggTilHendelse(
            HendelseType.TjenestenEvaluert, $"Tjenesten evaluert {evaluering.Dato:dd.MM.yyyy}: {evaluering.Konklusjon.Visningsnavn().ToLowerInvariant()}",
            utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }
}
