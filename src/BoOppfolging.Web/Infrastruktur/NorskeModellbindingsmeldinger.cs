using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>MVC's own model binding messages in Norwegian, for input that does not even bind (letters in a number field).</summary>
public static class NorskeModellbindingsmeldinger
{
    public static void Sett(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((_, _) => "Verdien er ikke gyldig.");
        p.SetMissingBindRequiredValueAccessor(_ => "Feltet må fylles ut.");
        p.SetMissingKeyOrValueAccessor(() => "Feltet må fylles ut.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Skjemaet var tomt.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Verdien er ikke gyldig.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Verdien er ikke gyldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Skriv et tall.");
        p.SetUnknownValueIsInvalidAccessor(_ => "Verdien er ikke gyldig.");
        p.SetValueIsInvalidAccessor(_ => "Verdien er ikke gyldig.");
        p.SetValueMustBeANumberAccessor(_ => "Skriv et tall.");
        p.SetValueMustNotBeNullAccessor(_ => "Feltet må fylles ut.");
    }
}
