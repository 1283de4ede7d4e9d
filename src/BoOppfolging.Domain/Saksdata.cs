namespace BoOppfolging.Domain;

/// <summary>
/// A row that belongs to one case: a phase's content, a letter, a consent, a contact. The marker drives
/// two things, so a new kind of case data needs nothing more than this interface: every query on such
/// rows starts from the cases the user may see (<c>TilgangService.Synlige&lt;T&gt;()</c>), and every
/// creation or change of one is written to the audit log with its case (<c>EndringsAuditInterceptor</c>).
/// </summary>
public interface ISaksdata
{
    Guid SakId { get; }

    /// <summary>
    /// What the audit log calls a change of this row (the kind of record, never its contents), or null
    /// when the row is part of the case itself and the case's own entry covers it (the timeline).
    /// </summary>
    string? Auditnavn => GetType().Name;
}
