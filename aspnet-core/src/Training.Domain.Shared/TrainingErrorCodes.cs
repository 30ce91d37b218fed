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
    public const string InvalidCredentials = "Training:InvalidCredentials";
    public const string LockedOut = "Training:LockedOut";
    public const string PasswordChangeRequired = "Training:PasswordChangeRequired";
    public const string InvalidRefreshToken = "Training:InvalidRefreshToken";
    public const string RefreshTokenReused = "Training:RefreshTokenReused";
    public const string AccountDisabled = "Training:AccountDisabled";
    public const string TooManyFailedLogins = "Training:TooManyFailedLogins";
    public const string UserEmailTaken = "Training:UserEmailTaken";
    public const string IdentityOperationFailed = "Training:IdentityOperationFailed";
    public const string UnknownPermission = "Training:UnknownPermission";
    public const string Conflict = "Training:Conflict";
    public const string InternalError = "Training:InternalError";
    public const string CourseNotFound = "Training:CourseNotFound";
    public const string CourseCodeTaken = "Training:CourseCodeTaken";
    public const string CourseNotDraft = "Training:CourseNotDraft";
    public const string CourseNotPublished = "Training:CourseNotPublished";
    public const string CourseHasNoContent = "Training:CourseHasNoContent";
    public const string CourseRuleEmpty = "Training:CourseRuleEmpty";
    public const string CourseQuizMissing = "Training:CourseQuizMissing";
    public const string CourseTitleRequired = "Training:CourseTitleRequired";
    public const string LessonNotFound = "Training:LessonNotFound";
    public const string LessonVideoUrlInvalid = "Training:LessonVideoUrlInvalid";
    public const string SessionNotFound = "Training:SessionNotFound";
    public const string SessionDaysInvalid = "Training:SessionDaysInvalid";
    public const string SessionCapacityInvalid = "Training:SessionCapacityInvalid";
    public const string SessionDayUnknown = "Training:SessionDayUnknown";
    public const string AttachmentTooLarge = "Training:AttachmentTooLarge";
    public const string AttachmentTypeNotAllowed = "Training:AttachmentTypeNotAllowed";
    public const string NotOnARoster = "Training:NotOnARoster";

    public const string StaffNotFound = "Training:StaffNotFound";
    public const string StaffNameRequired = "Training:StaffNameRequired";
    public const string StaffBirthDateInvalid = "Training:StaffBirthDateInvalid";
    public const string StaffEthnicityUnknown = "Training:StaffEthnicityUnknown";
    public const string StaffNationalIdInvalid = "Training:StaffNationalIdInvalid";
    public const string StaffNationalIdTaken = "Training:StaffNationalIdTaken";
    public const string StaffPhoneInvalid = "Training:StaffPhoneInvalid";
    public const string StaffEmailInvalid = "Training:StaffEmailInvalid";
    public const string StaffEndBeforeStart = "Training:StaffEndBeforeStart";
    public const string StaffAlreadyHasAccount = "Training:StaffAlreadyHasAccount";
    public const string StaffRoleUnknown = "Training:StaffRoleUnknown";
    public const string StaffGenderUnknown = "Training:StaffGenderUnknown";
    public const string StaffInScopeUnknown = "Training:StaffInScopeUnknown";
    public const string StaffUnitRequired = "Training:StaffUnitRequired";
    public const string StaffNoLoginName = "Training:StaffNoLoginName";
    public const string ImportFileNotXlsx = "Training:ImportFileNotXlsx";
    public const string ImportFileTooLarge = "Training:ImportFileTooLarge";
    public const string ImportFileUnsafe = "Training:ImportFileUnsafe";
    public const string ImportTooManyRows = "Training:ImportTooManyRows";
    public const string ImportNoHeader = "Training:ImportNoHeader";
    public const string ImportMissingColumn = "Training:ImportMissingColumn";
    public const string ImportDuplicateInFile = "Training:ImportDuplicateInFile";
    public const string ImportDateInvalid = "Training:ImportDateInvalid";
    public const string ImportStaffIdUnknown = "Training:ImportStaffIdUnknown";
    public const string ImportStaffNotFound = "Training:ImportStaffNotFound";
    public const string StaffMovedSince = "Training:StaffMovedSince";
    public const string StaffAssignmentNotFound = "Training:StaffAssignmentNotFound";
    public const string StaffAssignmentDateInvalid = "Training:StaffAssignmentDateInvalid";
    public const string LastAdministrator = "Training:LastAdministrator";
    public const string WholeTreeRequired = "Training:WholeTreeRequired";
    public const string EnrollmentOutOfScope = "Training:EnrollmentOutOfScope";

}
