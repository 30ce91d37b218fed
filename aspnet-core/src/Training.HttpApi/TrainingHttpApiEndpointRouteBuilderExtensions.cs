using Microsoft.AspNetCore.Routing;
using Training.HttpApi.Identity;
using Training.HttpApi.OrganizationUnits;
using Training.HttpApi.Rosters;
using Training.HttpApi.Courses;

namespace Training.HttpApi;

public static class TrainingHttpApiEndpointRouteBuilderExtensions
{
    /// <summary>Every REST route: /api/identity (login, refresh) and /api/training (each requires a permission).</summary>
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        app.MapIdentityTokenEndpoints();
        app.MapOrganizationUnitEndpoints();
        app.MapIdentityAdminEndpoints();
        app.MapStaffEndpoints();
        app.MapCourseEndpoints();
        return app;
    }
}
