using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Common;
using Training.OrganizationUnits;
using Training.Permissions;

namespace Training.HttpApi.OrganizationUnits;

public static class OrganizationUnitEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/training/organization-units").WithTags("OrganizationUnits");

        group.MapGet("/", async (string? parentCode, DateOnly? asOf, OrganizationUnitKind? kind, IOrganizationUnitAppService units, CancellationToken ct) =>
                TypedResults.Ok(await units.GetChildrenAsync(new GetOrganizationUnitChildrenInput(parentCode, asOf, kind), ct)))
            .WithSummary("The children of a unit valid on a date (default today); without parentCode, the caller's top units.")
            .RequireAuthorization(TrainingPermissions.OrganizationUnits.Default);

        group.MapGet("/{id:guid}", async (Guid id, IOrganizationUnitAppService units, CancellationToken ct) =>
                TypedResults.Ok(await units.GetAsync(id, ct)))
            .WithSummary("A unit with its path from the province.")
            .RequireAuthorization(TrainingPermissions.OrganizationUnits.Default);

        group.MapPost("/", async (CreateOrganizationUnitDto input, IOrganizationUnitAppService units, CancellationToken ct) =>
            {
                var unit = await units.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/organization-units/{unit.Id}", unit);
            })
            .WithSummary("Creates a unit under a parent of the caller's scope, valid from a date.")
            .Validate<CreateOrganizationUnitDto>()
            .RequireAuthorization(TrainingPermissions.OrganizationUnits.Manage);

        group.MapPut("/{id:guid}", async (Guid id, UpdateOrganizationUnitDto input, IOrganizationUnitAppService units, CancellationToken ct) =>
                TypedResults.Ok(await units.UpdateAsync(id, input, ct)))
            .WithSummary("Renames a unit or changes the dates it is valid between.")
            .Validate<UpdateOrganizationUnitDto>()
            .RequireAuthorization(TrainingPermissions.OrganizationUnits.Manage);

        group.MapPost("/{id:guid}/successors", async Task<NoContent> (Guid id, AddSuccessorRequest input, IOrganizationUnitAppService units, CancellationToken ct) =>
            {
                await units.AddSuccessorAsync(id, input.SuccessorCode, input.AsOf, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Records that the unit with successorCode (read on asOf) replaced this ended unit.")
            .RequireAuthorization(TrainingPermissions.OrganizationUnits.Manage);

        group.MapPost("/move-staff-to-successors", async (MoveStaffToSuccessorsDto input, IMoveStaffToSuccessorsAppService moves, CancellationToken ct) =>
                TypedResults.Ok(await moves.MoveAsync(input, ct)))
            .WithSummary("Moves the active staff of units ended by asOf (default today) to the successor valid then, dated on its first day; "
                + "a split lists its people under needsChoice. Only the caller's units; dryRun (the default) writes nothing.")
            .RequireAuthorization(TrainingPermissions.OrganizationUnits.Manage);

        return app;
    }

    public sealed record AddSuccessorRequest(
        [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(64)] string SuccessorCode,
        DateOnly AsOf);
}
