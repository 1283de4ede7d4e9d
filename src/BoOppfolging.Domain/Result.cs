namespace BoOppfolging.Domain;

/// <summary>
/// An expected failure: a broken rule or an invalid input. <see cref="Felt"/> names the input
/// field the message belongs next to, when there is one.
/// </summary>
public sealed record Feil(string Kode, string Melding, string? Felt = null)
{
    public static readonly Feil IkkeFunnet = new("ikke_funnet", "Fant ikke det du ba om.");
    public static readonly Feil Konflikt = new(
        "konflikt",
        "Noen andre har endret dette mens du arbeidet. Se over endringene og lagre på nytt.");
}

/// <summary>The outcome of a use case: success, not found (also when the caller may not see it), or errors.</summary>
public class Result
{
    protected Result(bool isSuccess, bool isNotFound, IReadOnlyList<Feil> errors)
    {
        IsSuccess = isSuccess;
        IsNotFound = isNotFound;
        Errors = errors;
    }

    public bool IsSuccess { get; }
    public bool IsNotFound { get; }
    public IReadOnlyList<Feil> Errors { get; }
    public Feil? Error => Errors.Count > 0 ? Errors[0] : null;
    public bool IsConflict => Errors.Any(e => e.Kode == Feil.Konflikt.Kode);

    public static Result Ok() => new(true, false, []);
    public static Result Fail(Feil feil) => new(false, false, [feil]);
    public static Result Invalid(IEnumerable<Feil> errors) => new(false, false, errors.ToList());
    public static Result NotFound() => new(false, true, [Feil.IkkeFunnet]);

    public static Result<T> Ok<T>(T value) => Result<T>.Ok(value);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(bool isSuccess, bool isNotFound, IReadOnlyList<Feil> errors, T? value)
        : base(isSuccess, isNotFound, errors) => _value = value;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("Result has no value.");

    public static Result<T> Ok(T value) => new(true, false, [], value);
    public static new Result<T> Fail(Feil feil) => new(false, false, [feil], default);
    public static new Result<T> Invalid(IEnumerable<Feil> errors) => new(false, false, errors.ToList(), default);
    public static new Result<T> NotFound() => new(false, true, [Feil.IkkeFunnet], default);

    public static implicit operator Result<T>(T value) => Ok(value);
}
