using BoOppfolging.Domain;
using FluentValidation.Results;

namespace BoOppfolging.Application.Common;

public static class ValidationExtensions
{
    public static IEnumerable<Feil> TilFeil(this ValidationResult result) =>
        result.Errors.Select(e => new Feil(e.ErrorCode, e.ErrorMessage, e.PropertyName));
}
