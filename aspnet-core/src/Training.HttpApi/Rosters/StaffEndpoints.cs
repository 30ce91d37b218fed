using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Common;
using Training.Documents;
using Training.HttpApi.Common;
using Training.Permissions;
using Training.Rosters;

namespace Training.HttpApi.Rosters;

public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/training/staff").WithTags("Rosters");

        group.MapGet("/", async ([AsParameters] GetStaffListInput input, IStaffMemberAppService staff, CancellationToken ct) =>
                TypedResults.Ok(await staff.GetListAsync(input, ct)))
            .WithSummary("The staff of a unit's subtree (all of the caller's scope without unitCode) on a date, sorted the Vietnamese way.")
            .RequireAuthorization(TrainingPermissions.Rosters.Default);

        group.MapGet("/{id:guid}", async (Guid id, IStaffMemberAppService staff, CancellationToken ct) => TypedResults.Ok(await staff.GetAsync(id, ct)))
            .WithSummary("A person of the caller's scope; the national ID is masked without the permission to see it.")
            .RequireAuthorization(TrainingPermissions.Rosters.Default);

        group.MapPost("/", async (CreateStaffMemberDto input, IStaffMemberAppService staff, CancellationToken ct) =>
            {
                var created = await staff.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/staff/{created.Id}", created);
            })
            .WithSummary("Adds a person to the roster of a unit in the caller's scope.")
            .Validate<CreateStaffMemberDto>()
            .RequireAuthorization(TrainingPermissions.Rosters.Manage);

        group.MapPut("/{id:guid}", async (Guid id, UpdateStaffMemberDto input, IStaffMemberAppService staff, CancellationToken ct) =>
                TypedResults.Ok(await staff.UpdateAsync(id, input, ct)))
            .WithSummary("Changes a person; a unit of their own is a move dated on the change's date.")
            .Validate<UpdateStaffMemberDto>()
            .RequireAuthorization(TrainingPermissions.Rosters.Manage);

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, DateOnly? lastDay, IStaffMemberAppService staff, CancellationToken ct) =>
            {
                await staff.DeactivateAsync(id, lastDay, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deactivates the person (sets the last active day, default today); nothing is deleted.")
            .RequireAuthorization(TrainingPermissions.Rosters.Manage);

        group.MapGet("/{id:guid}/assignments", async (Guid id, IStaffMemberAppService staff, CancellationToken ct) =>
                TypedResults.Ok(await staff.GetAssignmentsAsync(id, ct)))
            .WithSummary("The person's unit history, oldest first.")
            .RequireAuthorization(TrainingPermissions.Rosters.Default);

        group.MapPut("/{id:guid}/assignments/{assignmentId:guid}", async (Guid id, Guid assignmentId, CorrectStaffAssignmentDto input,
                IStaffMemberAppService staff, CancellationToken ct) => TypedResults.Ok(await staff.CorrectAssignmentAsync(id, assignmentId, input, ct)))
            .Validate<CorrectStaffAssignmentDto>()
            .WithSummary("Corrects a wrong past move (unit and start, strictly between the neighbouring periods); audited.")
            .RequireAuthorization(TrainingPermissions.Rosters.CorrectHistory);

        group.MapGet("/import-template", async (DateOnly? asOf, IStaffWorkbookAppService workbooks, CancellationToken ct) =>
                (await workbooks.GetTemplateAsync(asOf, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The roster workbook to fill in, with lists of the units, roles and ethnic groups valid on a date.")
            .RequireAuthorization(TrainingPermissions.Rosters.Import);

        // The form-field token does not apply to the API: CookieAntiforgeryFilter checks the header of cookie callers.
        group.MapPost("/import", async (IFormFile file, bool? dryRun, string? mode, DateOnly? asOf, IStaffWorkbookAppService workbooks,
                CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await workbooks.ImportAsync(new StaffImportRequest(stream, dryRun ?? false, ParseMode(mode), asOf), cancellationToken: ct));
            })
            .DisableAntiforgery()
            .WithSummary("Imports a roster workbook (multipart field 'file'); every bad row is reported with its Excel row number and column header.")
            .RequireAuthorization(TrainingPermissions.Rosters.Import);

        group.MapPost("/import/error-report", async (IFormFile file, DateOnly? asOf, IStaffWorkbookAppService workbooks, CancellationToken ct) =>
            {
                await using var content = new MemoryStream();
                await file.CopyToAsync(content, ct);
                content.Position = 0;
                var result = await workbooks.ImportAsync(new StaffImportRequest(content, DryRun: true, StaffImportMode.AllOrNothing, asOf), cancellationToken: ct);
                content.Position = 0;
                return (await workbooks.GetErrorReportAsync(file.FileName, content, result.Errors, ct)).ToResult(ct);
            })
            .DisableAntiforgery()
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The same workbook with a 'Lỗi' column that says what is wrong on each bad row; nothing is written.")
            .RequireAuthorization(TrainingPermissions.Rosters.Import);

        group.MapGet("/export", async (string? unitCode, DateOnly? asOf, IStaffWorkbookAppService workbooks, CancellationToken ct) =>
                (await workbooks.GetExportAsync(unitCode, asOf, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The roster of a unit's subtree on a date as a workbook that imports back unchanged.")
            .RequireAuthorization(TrainingPermissions.Rosters.Export);

        group.MapPost("/accounts", async (CreateLearnerAccountsDto input, ILearnerAccountAppService accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.CreateAsync(input, ct)))
            .WithSummary("Creates learner accounts for the given staff, each with a one-time password returned once.")
            .RequireAuthorization(TrainingPermissions.Rosters.CreateAccounts);
        return app;
    }

    /// <summary>The contract writes the mode in camelCase (<c>allOrNothing</c>, <c>validOnly</c>); any case is accepted.</summary>
    private static StaffImportMode ParseMode(string? mode) =>
        string.IsNullOrEmpty(mode) ? StaffImportMode.AllOrNothing
        : Enum.TryParse<StaffImportMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new TrainingException(TrainingErrorCodes.ImportModeUnknown) { Field = "mode" };
}
