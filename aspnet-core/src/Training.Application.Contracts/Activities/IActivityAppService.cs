using Training.Common;
using Training.Documents;

namespace Training.Activities;

/// <summary>The communes' information activities: read with <c>Training.Activities</c>, written with <c>Training.Activities.Manage</c>, within the caller's units.</summary>
public interface IActivityAppService
{
    Task<PagedResultDto<ActivityDto>> GetListAsync(GetActivitiesInput input, CancellationToken cancellationToken = default);

    Task<ActivityDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ActivityDto> CreateAsync(SaveActivityDto input, CancellationToken cancellationToken = default);

    Task<ActivityDto> UpdateAsync(Guid id, SaveActivityDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ActivityAttachmentDto> UploadAsync(string fileName, byte[] content, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetAttachmentAsync(Guid id, CancellationToken cancellationToken = default);
}
