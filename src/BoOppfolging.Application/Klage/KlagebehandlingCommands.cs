using BoOppfolging.Domain;
using BoOppfolging.Application.Vedtak;
using FluentValidation;

namespace BoOppfolging.Application.Klage;

/// <summary>A file staff attach (a scanned page): its name, content and length, read by the controller from the upload.</summary>
public sealed record Filopplasting(string? Filnavn, Stream Innhold, long Lengde);

/// <summary>
/// A complaint that came by post, e-mail or in person, registered by staff. <paramref name="SkjemaId"/> is made when the form is
/// opened, so a double submit registers one complaint.
/// </summary>
/// <param name="Postlagt">For a letter: the postmark date, when it is legible (forvaltningsloven § 30: posted in time is in time).</param>
/// <param name="Signert">Signed on paper, or given in person and signed at the unit.</param>
public sealed record RegistrerKlageCommand(
    Guid SakId, Guid SkjemaId, Guid? VedtakId, Klagekanal? Kanal, Klagerrolle? Klagerrolle, string? KlagerNavn, DateOnly? Mottatt, DateOnly? Postlagt,
    bool Signert, string? Uenighet, string? Onsket, string? NyeOpplysninger, string? ForsinkelseGrunn);

public sealed class RegistrerKlageCommandValidator : AbstractValidator<RegistrerKlageCommand>
{
    public RegistrerKlageCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.VedtakId).NotNull().WithMessage("Velg vedtaket klagen gjelder.");
        RuleFor(c => c.Kanal).NotNull().WithMessage("Velg hvordan klagen kom.")
            .IsInEnum().WithMessage("Velg hvordan klagen kom.")
            .NotEqual(Klagekanal.Digital).WithMessage("En digital klage sender innbyggeren selv i Mine saker. Velg hvordan klagen kom.");
        RuleFor(c => c.Klagerrolle).NotNull().WithMessage("Velg hvem klagen er fra.")
            .IsInEnum().WithMessage("Velg hvem klagen er fra.");
        RuleFor(c => c.KlagerNavn).NotEmpty().WithMessage("Skriv navnet på den som klager.")
            .MaximumLength(200).WithMessage("Navnet kan ha høyst 200 tegn.");
        RuleFor(c => c.Mottatt).NotNull().WithMessage("Skriv datoen klagen kom.")
            .Must(d => d is null || d <= Idag(tid)).WithMessage("Datoen kan ikke være fram i tid.");
        RuleFor(c => c.Postlagt)
            .Must((c, d) => d is null || c.Mottatt is null || d <= c.Mottatt).WithMessage("Klagen kan ikke være postlagt etter at den kom.");
        RuleFor(c => c.Uenighet).NotEmpty().WithMessage("Skriv hva klageren er uenig i, og hvorfor (et sammendrag av klagen holder når den er skannet).")
            .MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.Onsket).MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.NyeOpplysninger).MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.ForsinkelseGrunn).MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
    }

    private static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}

/// <summary>The formal check, item by item (null: not answered). <see cref="Unntak"/> only when the deadline was not kept.</summary>
public sealed record FormkravCommand(
    Guid SakId, Guid KlageId, Guid Versjon, bool? ErPartEllerFullmektig, bool? FristOverholdt, Fristunntak? Unntak, bool? Konkret, bool? Signert, string? Merknad);

public sealed class FormkravCommandValidator : AbstractValidator<FormkravCommand>
{
    public FormkravCommandValidator()
    {
        RuleFor(c => c.ErPartEllerFullmektig).NotNull().WithMessage("Svar om klagen er fra den vedtaket gjelder eller en fullmektig.");
        RuleFor(c => c.FristOverholdt).NotNull().WithMessage("Svar om klagen kom innen fristen.");
        RuleFor(c => c.Unntak).IsInEnum().WithMessage("Velg blant unntakene i listen.");
        RuleFor(c => c.Konkret).NotNull().WithMessage("Svar om klagen sier hva det klages over.");
        RuleFor(c => c.Signert).NotNull().WithMessage("Svar om klagen er underskrevet eller sendt innlogget.");
        RuleFor(c => c.Merknad).MaximumLength(4000).WithMessage("Merknaden kan ha høyst 4000 tegn.");
    }
}

/// <summary>Ask the complainant to put a formal defect right by a date, with a letter.</summary>
public sealed record KlageRettingCommand(Guid SakId, Guid KlageId, Guid Versjon, DateOnly? Frist, string? Merknad);

public sealed class KlageRettingCommandValidator : AbstractValidator<KlageRettingCommand>
{
    public KlageRettingCommandValidator()
    {
        RuleFor(c => c.Frist).NotNull().WithMessage("Skriv fristen for å rette.");
        RuleFor(c => c.Merknad).MaximumLength(4000).WithMessage("Teksten kan ha høyst 4000 tegn.");
    }
}

/// <summary>Avvis a complaint that failed the formal check, with a letter built from the failed items.</summary>
public sealed record AvvisKlageCommand(Guid SakId, Guid KlageId, Guid Versjon, string? Begrunnelse);

public sealed class AvvisKlageCommandValidator : AbstractValidator<AvvisKlageCommand>
{
    public AvvisKlageCommandValidator() =>
        RuleFor(c => c.Begrunnelse).MaximumLength(4000).WithMessage("Begrunnelsen kan ha høyst 4000 tegn.");
}

/// <summary>
/// Reconsidered and upheld: the case's facts and the unit's assessment for the oversendelsesbrev, and the documents sent with it
/// (keys from <see cref="Klagedokument"/>).
/// </summary>
public sealed record OpprettholdKlageCommand(Guid SakId, Guid KlageId, Guid Versjon, string? Saksforhold, string? Vurdering, IReadOnlyList<string> Dokumenter);

public sealed class OpprettholdKlageCommandValidator : AbstractValidator<OpprettholdKlageCommand>
{
    public OpprettholdKlageCommandValidator()
    {
        RuleFor(c => c.Saksforhold).NotEmpty().WithMessage("Skriv saksforholdet: hva saken gjelder, og hva som har skjedd.")
            .MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.Vurdering).NotEmpty().WithMessage("Skriv vurderingen: hvorfor klagen ikke fører fram, og vedtaket opprettholdes.")
            .MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.Dokumenter).NotEmpty().WithMessage("Velg dokumentene som skal følge klagen til Statsforvalteren.");
    }
}

/// <summary>Statsforvalteren's decision, registered when it comes, with its date and the scanned decision.</summary>
public sealed record KlageresultatCommand(Guid SakId, Guid KlageId, Guid Versjon, Statsforvalterutfall? Utfall, DateOnly? Dato, string? Merknad);

public sealed class KlageresultatCommandValidator : AbstractValidator<KlageresultatCommand>
{
    public KlageresultatCommandValidator()
    {
        RuleFor(c => c.Utfall).NotNull().WithMessage("Velg Statsforvalterens avgjørelse.").IsInEnum().WithMessage("Velg Statsforvalterens avgjørelse.");
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen på Statsforvalterens vedtak.");
        RuleFor(c => c.Merknad).MaximumLength(4000).WithMessage("Teksten kan ha høyst 4000 tegn.");
    }
}

/// <summary>A foreløpig svar on a complaint that waits: why it takes longer, and when a result can be expected.</summary>
public sealed record KlageForelopigSvarCommand(Guid SakId, Guid KlageId, Guid Versjon, string? Begrunnelse, DateOnly? Forventet);

public sealed class KlageForelopigSvarCommandValidator : AbstractValidator<KlageForelopigSvarCommand>
{
    public KlageForelopigSvarCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hvorfor behandlingen tar lengre tid.")
            .MaximumLength(4000).WithMessage("Teksten kan ha høyst 4000 tegn.");
        RuleFor(c => c.Forventet).NotNull().WithMessage("Skriv når klageren kan vente svar.")
            .Must(d => d is null || d > Norsktid.Dato(tid.GetUtcNow())).WithMessage("Datoen må være etter i dag.");
    }
}

/// <summary>A document of the case that can be sent with the complaint to Statsforvalteren: a key the form posts, and how the letter lists it.</summary>
public sealed record Klagedokument(string Nokkel, string Tekst)
{
    /// <summary>How the oversendelsesbrev lists the application.</summary>
    public static string Soknaden(DateOnly sendt) => $"Søknaden, sendt {MineVedtakService.Dato(sendt)}";

    public const string Kartleggingen = "Kartleggingen med IPLOS-vurdering og innstilling";

    /// <summary>How it lists the vedtak complained about.</summary>
    public static string Vedtaket(Domain.Vedtak vedtak) => $"{KlageService.Vedtaksnavn(vedtak)}, som det klages på";

    public static string Klagen(DateOnly mottatt) => $"Klagen, mottatt {MineVedtakService.Dato(mottatt)}";
}

/// <summary>Reversed on reconsideration, in full or in part, with the reasons: a new vedtak is drafted through the vedtak machinery.</summary>
public sealed record OmgjorKlageCommand(Guid SakId, Guid KlageId, Guid Versjon, bool? Delvis, string? Begrunnelse);

public sealed class OmgjorKlageCommandValidator : AbstractValidator<OmgjorKlageCommand>
{
    public OmgjorKlageCommandValidator()
    {
        RuleFor(c => c.Delvis).NotNull().WithMessage("Velg om vedtaket omgjøres helt eller delvis.");
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hvorfor klagen fører fram.")
            .MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
    }
}

/// <summary>A new vedtak after Statsforvalteren's medhold, delvis medhold or opphevelse.</summary>
public sealed record NyttVedtakEtterKlageCommand(Guid SakId, Guid KlageId, Guid Versjon);
