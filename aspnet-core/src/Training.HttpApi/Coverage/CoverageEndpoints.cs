using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Common;
using Training.Coverage;
using Training.Documents;
using Training.HttpApi.Common;
using Training.Permissions;

namespace Training.HttpApi.Coverage;

public static class CoverageEndpoints
{
    public static IEndpointRouteBuilder MapCoverageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/training/coverage").WithTags("Coverage");

        group.MapGet("/", async ([AsParameters] GetCoverageInput input, ICoverageAppService coverage, CancellationToken ct) =>
                TypedResults.Ok(await coverage.GetAsync(input, ct)))
            .WithSummary("How many of a unit's in-scope staff were trained under a plan on a date, against its target, with rows by child unit, role, gender or ethnic group.")
            .RequireAuthorization(TrainingPermissions.Coverage.View);

        group.MapGet("/untrained", async ([AsParameters] GetUntrainedInput input, ICoverageAppService coverage, CancellationToken ct) =>
                TypedResults.Ok(await coverage.GetUntrainedAsync(input, ct)))
            .WithSummary("The in-scope staff of a unit's subtree not yet trained under the plan on the date, by name; no national ID or phone.")
            .RequireAuthorization(TrainingPermissions.Coverage.View);

        group.MapGet("/trend", async ([AsParameters] GetCoverageInput input, ICoverageAppService coverage, CancellationToken ct) =>
                TypedResults.Ok(await coverage.GetTrendAsync(input, ct)))
            .WithSummary("The nightly snapshots of a unit's coverage under a plan up to the date, oldest first.")
            .RequireAuthorization(TrainingPermissions.Coverage.View);

        // Downloads are plain GETs, so that a link on a page fetches them with the sign-in cookie.
        group.MapGet("/export", async ([AsParameters] GetCoverageExportInput input, ICoverageReportAppService reports, CancellationToken ct) =>
                (await reports.GetExportAsync(input, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx, ContentTypes.Pdf)
            .WithSummary("The coverage report of a unit on a date in the official layout (format=xlsx or pdf): a row per child unit, totals, the commune indicators and the counting rule.")
            .RequireAuthorization(TrainingPermissions.Coverage.Export);

        group.MapGet("/untrained/export", async ([AsParameters] GetUntrainedExportInput input, ICoverageReportAppService reports, CancellationToken ct) =>
                (await reports.GetUntrainedExportAsync(input, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The untrained of a unit's subtree on a date as a workbook, in Vietnamese name order: name, unit and role; no national ID or phone.")
            .RequireAuthorization(TrainingPermissions.Coverage.Export);

        group.MapGet("/files", async (Guid planId, ICoverageReportAppService reports, CancellationToken ct) =>
                TypedResults.Ok(await reports.GetFilesAsync(planId, ct)))
            .WithSummary("The reports kept from the plan's reporting dates (the plan's root, .xlsx and .pdf), the latest first.")
            .RequireAuthorization(TrainingPermissions.Coverage.Export);

        group.MapGet("/files/{id:guid}", async (Guid id, ICoverageReportAppService reports, CancellationToken ct) =>
                (await reports.GetFileAsync(id, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx, ContentTypes.Pdf)
            .WithSummary("A report kept from a reporting date, as it was written that day.")
            .RequireAuthorization(TrainingPermissions.Coverage.Export);

        group.MapGet("/plans", async (ICoveragePlanAppService plans, CancellationToken ct) => TypedResults.Ok(await plans.GetListAsync(ct)))
            .WithSummary("Every coverage plan, the latest first.")
            .RequireAuthorization(TrainingPermissions.Coverage.View);

        group.MapGet("/plans/courses", async (ICoveragePlanAppService plans, CancellationToken ct) => TypedResults.Ok(await plans.GetCourseChoicesAsync(ct)))
            .WithSummary("The courses flagged as counting toward coverage, by code with the latest title: what a plan may name.")
            .RequireAuthorization(TrainingPermissions.Coverage.ManagePlans);

        group.MapGet("/plans/{id:guid}", async (Guid id, ICoveragePlanAppService plans, CancellationToken ct) => TypedResults.Ok(await plans.GetAsync(id, ct)))
            .WithSummary("A coverage plan.")
            .RequireAuthorization(TrainingPermissions.Coverage.View);

        group.MapPost("/plans", async (SaveCoveragePlanDto input, ICoveragePlanAppService plans, CancellationToken ct) =>
            {
                var created = await plans.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/coverage/plans/{created.Id}", created);
            })
            .Validate<SaveCoveragePlanDto>()
            .WithSummary("Creates a plan: period, root unit, roles, qualifying course codes, targets and reporting dates.")
            .RequireAuthorization(TrainingPermissions.Coverage.ManagePlans);

        group.MapPut("/plans/{id:guid}", async (Guid id, SaveCoveragePlanDto input, ICoveragePlanAppService plans, CancellationToken ct) =>
                TypedResults.Ok(await plans.UpdateAsync(id, input, ct)))
            .Validate<SaveCoveragePlanDto>()
            .WithSummary("Changes a plan; with the version read, a plan changed by someone else since answers 409.")
            .RequireAuthorization(TrainingPermissions.Coverage.ManagePlans);
        return app;
    }
}
