using Microsoft.AspNetCore.Identity;

namespace BoOppfolging.Infrastructure.Identity;

/// <summary>Identity's messages in Norwegian bokmål.</summary>
public sealed class NorskIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Lag(nameof(DefaultError), "Noe gikk galt. Prøv igjen.");
    public override IdentityError ConcurrencyFailure() => Lag(nameof(ConcurrencyFailure), "Kontoen ble endret av noen andre. Prøv igjen.");
    public override IdentityError PasswordMismatch() => Lag(nameof(PasswordMismatch), "Feil passord.");
    public override IdentityError InvalidToken() => Lag(nameof(InvalidToken), "Lenken er ugyldig eller utløpt. Be om en ny.");
    public override IdentityError LoginAlreadyAssociated() => Lag(nameof(LoginAlreadyAssociated), "Denne innloggingen er allerede knyttet til en konto.");
    public override IdentityError InvalidUserName(string? userName) => Lag(nameof(InvalidUserName), "Brukernavnet er ugyldig.");
    public override IdentityError InvalidEmail(string? email) => Lag(nameof(InvalidEmail), "E-postadressen er ugyldig.");
    public override IdentityError DuplicateUserName(string userName) => Lag(nameof(DuplicateUserName), "E-postadressen er allerede i bruk.");
    public override IdentityError DuplicateEmail(string email) => Lag(nameof(DuplicateEmail), "E-postadressen er allerede i bruk.");
    public override IdentityError InvalidRoleName(string? role) => Lag(nameof(InvalidRoleName), "Rollen finnes ikke.");
    public override IdentityError DuplicateRoleName(string role) => Lag(nameof(DuplicateRoleName), "Rollen finnes allerede.");
    public override IdentityError UserAlreadyHasPassword() => Lag(nameof(UserAlreadyHasPassword), "Kontoen har allerede et passord.");
    public override IdentityError UserLockoutNotEnabled() => Lag(nameof(UserLockoutNotEnabled), "Kontoen kan ikke sperres.");
    public override IdentityError UserAlreadyInRole(string role) => Lag(nameof(UserAlreadyInRole), "Brukeren har allerede rollen.");
    public override IdentityError UserNotInRole(string role) => Lag(nameof(UserNotInRole), "Brukeren har ikke rollen.");
    public override IdentityError PasswordTooShort(int length) => Lag(nameof(PasswordTooShort), $"Passordet må ha minst {length} tegn.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Lag(nameof(PasswordRequiresUniqueChars), $"Passordet må ha minst {uniqueChars} forskjellige tegn.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Lag(nameof(PasswordRequiresNonAlphanumeric), "Passordet må ha minst ett tegn som ikke er bokstav eller siffer.");
    public override IdentityError PasswordRequiresDigit() => Lag(nameof(PasswordRequiresDigit), "Passordet må ha minst ett siffer (0–9).");
    public override IdentityError PasswordRequiresLower() => Lag(nameof(PasswordRequiresLower), "Passordet må ha minst én liten bokstav.");
    public override IdentityError PasswordRequiresUpper() => Lag(nameof(PasswordRequiresUpper), "Passordet må ha minst én stor bokstav.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Lag(nameof(RecoveryCodeRedemptionFailed), "Gjenopprettingskoden er ikke gyldig.");

    private static IdentityError Lag(string code, string description) => new() { Code = code, Description = description };
}
