namespace Training;

/// <summary>Stable error codes of the API; each is also the localization key of its message.</summary>
public static class TrainingErrorCodes
{
    public const string ValidationFailed = "Training:ValidationFailed";
    public const string EntityNotFound = "Training:EntityNotFound";
    public const string Forbidden = "Training:Forbidden";
    public const string Unauthenticated = "Training:Unauthenticated";
    public const string UnitOutOfScope = "Training:UnitOutOfScope";
    public const string UnitNotFound = "Training:UnitNotFound";
    public const string UnitCodeTaken = "Training:UnitCodeTaken";
    public const string UnitValidityInvalid = "Training:UnitValidityInvalid";
    public const string UnitOutsideParentValidity = "Training:UnitOutsideParentValidity";
    public const string UnitKindNotAllowedUnderParent = "Training:UnitKindNotAllowedUnderParent";
    public const string SuccessorMustStartAfterEnd = "Training:SuccessorMustStartAfterEnd";
    public const string InvalidDate = "Training:InvalidDate";
    public const string InvalidCredentials = "Training:InvalidCredentials";
    public const string LockedOut = "Training:LockedOut";
    public const string PasswordChangeRequired = "Training:PasswordChangeRequired";
    public const string InvalidRefreshToken = "Training:InvalidRefreshToken";
    public const string UserEmailTaken = "Training:UserEmailTaken";
    public const string IdentityOperationFailed = "Training:IdentityOperationFailed";
    public const string UnknownPermission = "Training:UnknownPermission";
    public const string Conflict = "Training:Conflict";
    public const string InternalError = "Training:InternalError";
}
