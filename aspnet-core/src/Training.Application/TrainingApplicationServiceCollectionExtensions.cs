using Microsoft.Extensions.DependencyInjection;
using Training.Auditing;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Rosters;
using Training.Courses;
using Training.Notifications;
using Training.Rosters.Workbooks;

namespace Training;

public static class TrainingApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddTrainingApplication(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<OrganizationUnitManager>();
        services.AddScoped<OrganizationUnitDataSeeder>();
        services.AddScoped<IUnitScope, UnitScope>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<IOrganizationUnitAppService, OrganizationUnitAppService>();
        services.AddScoped<IMoveStaffToSuccessorsAppService, MoveStaffToSuccessorsAppService>();
        services.AddScoped<IUserAdminAppService, UserAdminAppService>();
        services.AddScoped<IRolePermissionAppService, RolePermissionAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        services.AddScoped<StaffMemberManager>();
        services.AddScoped<RosterAccess>();
        services.AddScoped<Training.Auditing.PersonalDataAudit>();
        services.AddScoped<IStaffMemberAppService, StaffMemberAppService>();
        services.AddScoped<IStaffWorkbookAppService, StaffWorkbookAppService>();
        services.AddScoped<IStaffImportJobAppService, StaffImportJobAppService>();
        services.AddScoped<ILearnerAccountAppService, LearnerAccountAppService>();
        services.AddScoped<CourseManager>();
        services.AddScoped<Training.Quizzes.QuizManager>();
        services.AddScoped<Training.Quizzes.QuizAccess>();
        services.AddScoped<Training.Quizzes.IQuestionAppService, Training.Quizzes.QuestionAppService>();
        services.AddScoped<Training.Quizzes.IQuizAppService, Training.Quizzes.QuizAppService>();
        services.AddScoped<Training.Quizzes.PublishedBanks>();
        services.AddScoped<Training.Quizzes.QuizAttemptCloser>();
        services.AddScoped<Training.Quizzes.IQuizAttemptAppService, Training.Quizzes.QuizAttemptAppService>();
        services.AddScoped<Training.Quizzes.IQuizResultsAppService, Training.Quizzes.QuizResultsAppService>();
        services.AddScoped<Training.Quizzes.IQuestionBankFileAppService, Training.Quizzes.QuestionBankFileAppService>();
        services.AddScoped<CompletionManager>();
        services.AddScoped<Training.Certificates.CertificateManager>();
        services.AddSingleton<Training.Certificates.CertificateLinks>();
        services.AddScoped<Training.Certificates.ICertificateAppService, Training.Certificates.CertificateAppService>();
        services.AddScoped<Training.Activities.IActivityAppService, Training.Activities.ActivityAppService>();
        services.AddScoped<Training.Certificates.IPublicCertificateAppService, Training.Certificates.PublicCertificateAppService>();
        services.AddScoped<ICourseAppService, CourseAppService>();
        services.AddScoped<ITrainingSessionAppService, TrainingSessionAppService>();
        services.AddScoped<ICatalogueAppService, CatalogueAppService>();
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.AddScoped<Training.Coverage.CoverageCalculator>();
        services.AddScoped<Training.Coverage.CoverageAccess>();
        services.AddScoped<Training.Coverage.ICoveragePlanAppService, Training.Coverage.CoveragePlanAppService>();
        services.AddScoped<Training.Coverage.ICoverageAppService, Training.Coverage.CoverageAppService>();
        services.AddScoped<Training.Coverage.CoverageReports>();
        services.AddScoped<Training.Coverage.ICoverageReportAppService, Training.Coverage.CoverageReportAppService>();
        return services;
    }
}
