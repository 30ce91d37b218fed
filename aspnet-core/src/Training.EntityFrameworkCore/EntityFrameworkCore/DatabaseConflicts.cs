using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Training.EntityFrameworkCore;

/// <summary>
/// The one table from a unique index to the error code it means, so that two requests racing past the application's own
/// checks end in a 409 with a stable code, never a 500 or a duplicate. PostgreSQL names the index; SQLite names the
/// columns ("Table.Column, Table.Column"). A concurrency token's failure is left as it is, for Identity's stores to handle
/// their own; the web layer answers it with 409 <c>ConcurrencyConflict</c>.
/// </summary>
internal static class DatabaseConflicts
{
    private static readonly Dictionary<string, string> CodeByConstraint = new(StringComparer.Ordinal)
    {
        ["IX_StaffMembers_NationalId"] = TrainingErrorCodes.StaffNationalIdTaken,
        ["StaffMembers.NationalId"] = TrainingErrorCodes.StaffNationalIdTaken,
        ["IX_StaffMembers_UserId"] = TrainingErrorCodes.StaffAlreadyHasAccount,
        ["StaffMembers.UserId"] = TrainingErrorCodes.StaffAlreadyHasAccount,
        ["IX_Courses_Code_Version"] = TrainingErrorCodes.CourseCodeTaken,
        ["Courses.Code, Courses.Version"] = TrainingErrorCodes.CourseCodeTaken,
        ["UserNameIndex"] = TrainingErrorCodes.UserEmailTaken,
        ["AspNetUsers.NormalizedUserName"] = TrainingErrorCodes.UserEmailTaken,
        ["IX_CourseCompletions_Holding"] = TrainingErrorCodes.AlreadyCompleted,
        ["CourseCompletions.StaffMemberId, CourseCompletions.CourseId, CourseCompletions.CompletedOn"] = TrainingErrorCodes.AlreadyCompleted,
        ["IX_Certificates_CompletionId_Revision"] = TrainingErrorCodes.CertificateAlreadyIssued,
        ["Certificates.CompletionId, Certificates.Revision"] = TrainingErrorCodes.CertificateAlreadyIssued,
        ["IX_QuizAttempts_QuizId_StaffMemberId_Number"] = TrainingErrorCodes.AttemptAlreadyStarted,
        ["QuizAttempts.QuizId, QuizAttempts.StaffMemberId, QuizAttempts.Number"] = TrainingErrorCodes.AttemptAlreadyStarted,
        ["IX_QuizAttempts_Open"] = TrainingErrorCodes.AttemptAlreadyStarted,
        ["QuizAttempts.QuizId, QuizAttempts.StaffMemberId"] = TrainingErrorCodes.AttemptAlreadyStarted,
        ["IX_CoveragePlans_RootUnitCode_Name"] = TrainingErrorCodes.CoveragePlanNameTaken,
        ["CoveragePlans.RootUnitCode, CoveragePlans.Name"] = TrainingErrorCodes.CoveragePlanNameTaken,
        ["IX_InformationActivities_AttachmentId"] = TrainingErrorCodes.ActivityAttachmentTaken,
        ["InformationActivities.AttachmentId"] = TrainingErrorCodes.ActivityAttachmentTaken,
    };

    /// <summary>The exception to throw instead of <paramref name="exception"/>, when it is a conflict a client can cause.</summary>
    public static TrainingException? Translate(DbUpdateException exception) => exception switch
    {
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres } => Conflict(postgres.ConstraintName, exception),
        // Two saves that wait on each other's rows (inserts racing on one unique index in different orders): one is refused, as in any race.
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected } } => Conflict(null, exception),
        { InnerException: SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } sqlite } =>
            Conflict(sqlite.Message.Split("constraint failed: ", 2) is [_, var columns] ? columns.TrimEnd('\'', '.', ' ') : null, exception),
        _ => null,
    };

    private static TrainingException Conflict(string? constraint, Exception exception) =>
        new(constraint is not null && CodeByConstraint.TryGetValue(constraint, out var code) ? code : TrainingErrorCodes.Conflict,
            TrainingErrorKind.Conflict, exception);
}
