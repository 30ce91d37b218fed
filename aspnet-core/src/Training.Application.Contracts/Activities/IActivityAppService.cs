using Training.Common;
using Training.Documents;

namespace Training.Activities;

/// <summary>The communes' information activities: read with <c>Training.Activities</c>, written with <c>Training.Activities.Manage</c>, within the caller's units.</summary>
public interface IActivityAppService
{
    Task<PagedResultDto<ActivityDto>> GetListAsync(GetActivitiesInput input, CancellationToken cancellationToken = default);

    Task<ActivityDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <param name="upload">A photo sent with the activity, replacing <see cref="SaveActivityDto.AttachmentId"/>: both are kept, or neither.</param>
    Task<ActivityDto> CreateAsync(SaveActivityDto input, ActivityUpload? upload = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="CreateAsync"/>
    Task<ActivityDto> UpdateAsync(Guid id, SaveActivityDto input, ActivityUpload? upload = null, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ActivityAttachmentDto> UploadAsync(string fileName, byte[] content, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetAttachmentAsync(Guid id, CancellationToken cancellationToken = default);
}
