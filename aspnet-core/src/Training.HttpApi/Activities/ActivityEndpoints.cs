using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Activities;
using Training.Documents;
using Training.Common;
using Training.HttpApi.Common;
using Training.Permissions;

namespace Training.HttpApi.Activities;

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/training/activities").WithTags("Activities");
        activities.MapGet("/", async ([AsParameters] GetActivitiesInput input, IActivityAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithSummary("The information activities held by the caller's units (or unitCode's subtree, read on asOf) between from and to, newest first.")
            .RequireAuthorization(TrainingPermissions.Activities.Default);
        activities.MapGet("/{id:guid}", async (Guid id, IActivityAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One activity; 403 when its unit lies outside the caller's units.")
            .RequireAuthorization(TrainingPermissions.Activities.Default);
        activities.MapPost("/", async (SaveActivityDto input, IActivityAppService service, CancellationToken ct) =>
            {
                var activity = await service.CreateAsync(input, cancellationToken: ct);
                return TypedResults.Created($"/api/training/activities/{activity.Id}", activity);
            })
            .Validate<SaveActivityDto>()
            .WithSummary("Records an activity of a unit within the caller's units, valid on its date (not after today). form is LoudspeakerBroadcast, "
                + "CommunityMeeting, Leaflets, SchoolTalk, SocialMedia or Other; attachmentId a file the caller uploaded.")
            .RequireAuthorization(TrainingPermissions.Activities.Manage);
        activities.MapPut("/{id:guid}", async (Guid id, SaveActivityDto input, IActivityAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, cancellationToken: ct)))
            .Validate<SaveActivityDto>()
            .WithSummary("Changes an activity; both its unit and the new one must lie within the caller's units.")
            .RequireAuthorization(TrainingPermissions.Activities.Manage);
        activities.MapDelete("/{id:guid}", async (Guid id, IActivityAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Removes an activity from lists and counts; the row stays, marked and audited.")
            .RequireAuthorization(TrainingPermissions.Activities.Manage);
        activities.MapPost("/attachments", async (IFormFile file, IActivityAppService service, CancellationToken ct) =>
            {
                var attachment = await service.UploadAsync(file.FileName, await AttachmentUploads.ReadAsync(file, ct), ct);
                return TypedResults.Created((string?)null, attachment);
            })
            .DisableAntiforgery()
            .WithSummary("Uploads a photo (JPEG, PNG) or document (PDF, Office) of an activity, at most 10 MB, checked by its first bytes; "
                + "give its id as attachmentId when saving the activity.")
            .RequireAuthorization(TrainingPermissions.Activities.Manage);
        activities.MapGet("/{id:guid}/attachment", async (Guid id, IActivityAppService service, CancellationToken ct) =>
                (await service.GetAttachmentAsync(id, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Attachments)
            .WithSummary("The activity's photo or document.")
            .RequireAuthorization(TrainingPermissions.Activities.Default);
        return app;
    }
}
