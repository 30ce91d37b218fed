using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Common;
using Training.HttpApi.Identity;
using Training.HttpApi.OrganizationUnits;
using Training.HttpApi.Rosters;
using Training.HttpApi.Courses;
using Training.HttpApi.Coverage;
using Training.HttpApi.Activities;
using Training.HttpApi.Certificates;
using Training.HttpApi.Quizzes;

namespace Training.HttpApi;

public static class TrainingHttpApiEndpointRouteBuilderExtensions
{
    /// <summary>Every REST route under /api/training (each requires a permission); the host maps /api/identity beside its login page.</summary>
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(string.Empty);
        api.AddEndpointFilter<CookieAntiforgeryFilter>();
        api.AddEndpointFilter<ValidationFilter>();
        api.MapOrganizationUnitEndpoints();
        api.MapIdentityAdminEndpoints();
        api.MapStaffEndpoints();
        api.MapCourseEndpoints();
        api.MapQuizEndpoints();
        api.MapQuizAttemptEndpoints();
        api.MapCoverageEndpoints();
        api.MapCertificateEndpoints();
        api.MapActivityEndpoints();
        return app;
    }
}
