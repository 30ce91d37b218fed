using Microsoft.AspNetCore.Routing;
using Training.HttpApi.Identity;
using Training.HttpApi.OrganizationUnits;
using Training.HttpApi.Rosters;
using Training.HttpApi.Courses;

namespace Training.HttpApi;

public static class TrainingHttpApiEndpointRouteBuilderExtensions
{
    /// <summary>Every REST route under /api/training (each requires a permission); the host maps /api/identity beside its login page.</summary>
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        app.MapOrganizationUnitEndpoints();
        app.MapIdentityAdminEndpoints();
        app.MapStaffEndpoints();
        app.MapCourseEndpoints();
        return app;
    }
}
