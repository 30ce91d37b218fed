using Training.Common;
using Training.Courses;
using Training.Documents;
using Training.Files;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Activities;

/// <summary>
/// Recording the communes' information activities. Each read and write needs the activity's unit within the caller's units
/// (403 otherwise); an edit that moves an activity needs both units. Deleting marks the row, which the save audits.
/// </summary>
public sealed class ActivityAppService(
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IActivityRepository activities,
    IActivityQuery query,
    IOrganizationUnitRepository units,
    RosterAccess access,
    IUnitScope scope,
    IBlobStore blobs,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock) : IActivityAppService
{
    public async Task<PagedResultDto<ActivityDto>> GetListAsync(GetActivitiesInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Default, cancellationToken);
        if (input.From > input.To)
        {
            throw new TrainingException(TrainingErrorCodes.ActivityDateInvalid) { Field = "to" };
        }

        var paths = await access.GetPathsAsync(input.UnitCode, input.AsOf ?? BusinessClock.Today(clock), input.AsOf is null, cancellationToken);
        var (rows, total) = await query.GetPageAsync(new ActivityFilter(paths, input.From, input.To), input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<ActivityDto>(rows.Select(r => new ActivityDto(r.Id, r.UnitCode, r.UnitName, r.Date, r.Form, r.Title, r.Participants,
            r.AttachmentId, r.AttachmentName)).ToList(), total);
    }

    public async Task<ActivityDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Default, cancellationToken);
        var (activity, unit) = await FindInScopeAsync(id, cancellationToken);
        return await ToDtoAsync(activity, unit, cancellationToken);
    }

    public async Task<ActivityDto> CreateAsync(SaveActivityDto input, ActivityUpload? upload = null, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Manage, cancellationToken);
        var activity = new InformationActivity(Guid.CreateVersion7(), currentUser.Id, clock.GetUtcNow());
        var unit = await DescribeAsync(activity, input, upload, cancellationToken);
        await activities.InsertAsync(activity, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(activity, unit, cancellationToken);
    }

    public async Task<ActivityDto> UpdateAsync(Guid id, SaveActivityDto input, ActivityUpload? upload = null, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Manage, cancellationToken);
        var (activity, _) = await FindInScopeAsync(id, cancellationToken);
        if (input.Version is { } version && version != activity.Version)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.ConcurrencyConflict);
        }

        var unit = await DescribeAsync(activity, input, upload, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(activity, unit, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Manage, cancellationToken);
        var (activity, _) = await FindInScopeAsync(id, cancellationToken);
        activity.Delete(currentUser.Id, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<ActivityAttachmentDto> UploadAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Manage, cancellationToken);
        var attachment = await StoreAsync(new ActivityUpload(fileName, content), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ActivityAttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size);
    }

    /// <summary>Adds the file to the unit of work: saved with whatever the caller saves next.</summary>
    private async Task<ActivityAttachment> StoreAsync(ActivityUpload upload, CancellationToken cancellationToken)
    {
        var contentType = AttachmentTypes.Check(upload.FileName, upload.Content);
        var attachment = new ActivityAttachment(Guid.CreateVersion7(), await blobs.SaveAsync(upload.Content, cancellationToken), upload.FileName, contentType,
            upload.Content.Length, currentUser.Id, clock.GetUtcNow());
        await activities.InsertAttachmentAsync(attachment, cancellationToken);
        return attachment;
    }

    public async Task<FileContentDto> GetAttachmentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Activities.Default, cancellationToken);
        var (activity, _) = await FindInScopeAsync(id, cancellationToken);
        var attachment = activity.AttachmentId is { } attachmentId ? await activities.FindAttachmentAsync(attachmentId, cancellationToken) : null;
        var content = attachment is null ? null : await blobs.GetAsync(attachment.BlobId, cancellationToken);
        return attachment is null || content is null
            ? throw TrainingException.NotFound(TrainingErrorCodes.ActivityAttachmentNotFound)
            : FileContentDto.FromBytes(attachment.FileName, attachment.ContentType, content);
    }

    /// <summary>The activity and its unit, when the unit lies within the caller's units: 404 when absent or deleted, 403 outside.</summary>
    private async Task<(InformationActivity Activity, OrganizationUnit Unit)> FindInScopeAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.ActivityNotFound);
        var unit = await units.FindAsync(activity.UnitId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound);
        await scope.EnsureContainsAsync(unit, cancellationToken);
        return (activity, unit);
    }

    private async Task<OrganizationUnit> DescribeAsync(InformationActivity activity, SaveActivityDto input, ActivityUpload? upload,
        CancellationToken cancellationToken)
    {
        var date = input.Date!.Value;

        // The code names the unit valid on the day it was held (a 2025 commune reuses the code of one it absorbed); any other
        // unit of that code is found only for the activity to say that it did not exist then.
        var unit = await units.FindByCodeAsync(RosterAccess.BareCode(input.UnitCode!), date, fallBackToLatest: true, cancellationToken)
            ?? throw new TrainingException(TrainingErrorCodes.ActivityUnitNotValidOnDate, TrainingErrorKind.BadRequest, input.UnitCode!) { Field = "unitCode" };
        await scope.EnsureContainsAsync(unit, cancellationToken);
        var attachmentId = input.AttachmentId;
        if (upload is not null)
        {
            attachmentId = (await StoreAsync(upload, cancellationToken)).Id;
        }
        else if (attachmentId is { } id && id != activity.AttachmentId)
        {
            // Only a file the caller uploaded and no activity holds yet: an id seen elsewhere does not hand over someone else's photo.
            var attachment = await activities.FindAttachmentAsync(id, cancellationToken);
            if (attachment is null || attachment.UploadedBy != currentUser.Id)
            {
                throw new TrainingException(TrainingErrorCodes.ActivityAttachmentNotFound) { Field = "attachmentId" };
            }

            if (await activities.IsAttachmentTakenAsync(id, activity.Id, cancellationToken))
            {
                throw TrainingException.Conflict(TrainingErrorCodes.ActivityAttachmentTaken);
            }
        }

        activity.Describe(unit, date, input.Form!.Value, input.Title!, input.Participants, attachmentId, BusinessClock.Today(clock));
        return unit;
    }

    private async Task<ActivityDto> ToDtoAsync(InformationActivity activity, OrganizationUnit unit, CancellationToken cancellationToken)
    {
        var attachment = activity.AttachmentId is { } id ? await activities.FindAttachmentAsync(id, cancellationToken) : null;
        return new ActivityDto(activity.Id, unit.Code, unit.Name, activity.Date, activity.Form, activity.Title, activity.Participants, activity.AttachmentId,
            attachment?.FileName, activity.Version);
    }
}
