using BoOppfolging.Domain;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>Phase 1, the forvaltningsenhet's intake: one step per intent method of <c>MottakService</c>, with the rows it adds.</summary>
public sealed partial class Saksbygger
{
    private readonly List<Opplysningsbehov> _opplysningsbehovene = [];

    /// <summary>The missing information asked for, oldest first.</summary>
    public IReadOnlyList<Opplysningsbehov> Opplysningsbehovene => _opplysningsbehovene;

    /// <summary>The standard referral elsewhere (<see cref="TilStatus"/>, <c>Henvist</c>).</summary>
    public static (string Tjeneste, string Begrunnelse) StandardHenvisning { get; } =
        ("Origo, tjenesten for rus og psykisk helse", "Behovet gjelder i hovedsak rusmiddelbruk og psykisk helse, som Origo har ansvaret for.");

    /// <summary>
    /// The screening, by default one that lets the case go on. The age comes from the birth date
    /// (the person's, unless <paramref name="fodselsdato"/> is given) on the day of the step.
    /// </summary>
    public Saksbygger RegistrerMottakskontroll(
        bool iMaalgruppen = true, bool duplikatSjekket = true, string? notat = null, DateOnly? fodselsdato = null, Guid? utfortAv = null,
        DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        return Sjekk(Sak.RegistrerMottakskontroll(
            fodselsdato ?? Person?.Fodselsdato ?? _fodselsdato, iMaalgruppen, duplikatSjekket, notat, Norsktid.Dato(tid), Hvem(utfortAv), tid),
            nameof(RegistrerMottakskontroll));
    }

    /// <summary>Contact with the person a referral is about; by default they want help and consent, on the phone, that day.</summary>
    public Saksbygger RegistrerKontakt(
        Kontaktresultat resultat = Kontaktresultat.OnskerHjelp, bool samtykke = true, Kontaktform form = Kontaktform.Telefon, string? notat = null,
        DateOnly? dato = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        _rader.Add(Sjekk(Sak.RegistrerKontakt(dato ?? Norsktid.Dato(tid), form, resultat, samtykke, notat, Hvem(utfortAv), tid), nameof(RegistrerKontakt)));
        return this;
    }

    /// <summary>
    /// Missing information asked for, due by <paramref name="frist"/> (two weeks unless given). The service
    /// makes a letter draft too; here that is <see cref="Brevutkast"/>, for a caller who wants it.
    /// </summary>
    public Saksbygger BeOmOpplysninger(string beskrivelse, DateOnly? frist = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var behov = Sjekk(
            Sak.BeOmOpplysninger(beskrivelse, frist ?? Helligdager.NesteVirkedagFraOgMed(Norsktid.Dato(tid).AddDays(14)), Hvem(utfortAv), tid), nameof(BeOmOpplysninger));
        _rader.Add(behov);
        _opplysningsbehovene.Add(behov);
        return this;
    }

    /// <summary>The information came: <paramref name="behov"/>, or else the latest request not yet answered.</summary>
    public Saksbygger RegistrerOpplysningerMottatt(Opplysningsbehov? behov = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        behov ??= _opplysningsbehovene.LastOrDefault(o => o.Mottatt is null)
            ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: ingen etterspurte opplysninger venter.");
        return Sjekk(Sak.RegistrerOpplysningerMottatt(behov, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(RegistrerOpplysningerMottatt));
    }

    public Saksbygger SendTilVurdering(Guid vurderingsteamId, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.SendTilVurdering(vurderingsteamId, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(SendTilVurdering));

    /// <summary>Referred to another service, with the record of it (the letter is <see cref="Brevutkast"/>).</summary>
    public Saksbygger HenvisTilAnnenTjeneste(string tjeneste, string begrunnelse, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        _rader.Add(Sjekk(
            Sak.HenvisTilAnnenTjeneste(tjeneste, begrunnelse, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(HenvisTilAnnenTjeneste)));
        return this;
    }

    public Saksbygger Henlegg(Henleggelsesgrunn grunn, string? begrunnelse = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.Henlegg(grunn, begrunnelse, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(Henlegg));

    /// <summary>This case is a duplicate of <paramref name="aapen"/>'s: linked to it and closed. Both builders must hold their persons.</summary>
    public Saksbygger KobleTil(Saksbygger aapen, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        ArgumentNullException.ThrowIfNull(aapen);
        var minPerson = Person ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: byggeren trenger personen, ikke bare id-en, for å koble.");
        var aapenPerson = aapen.Person ?? throw new InvalidOperationException($"Sak {aapen.Sak.Referanse}: byggeren trenger personen for å koble.");
        return KobleTil(aapen.Sak, minPerson, aapenPerson, utfortAv, tidspunkt);
    }

    /// <summary>This case is a duplicate of the open case <paramref name="aapen"/> (about <paramref name="aapenPerson"/>): linked to it and closed.</summary>
    public Saksbygger KobleTil(Sak aapen, Person minPerson, Person aapenPerson, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.KobleTil(aapen, minPerson, aapenPerson, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(KobleTil));

    /// <summary>The foreløpig svar registered as sent on <paramref name="sendt"/>: the deadline becomes the date it promised.</summary>
    public Saksbygger RegistrerForelopigSvar(DateOnly sendt, DateOnly forventetAvgjort, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.RegistrerForelopigSvar(sendt, forventetAvgjort, NesteTid(tidspunkt)), nameof(RegistrerForelopigSvar));
}
