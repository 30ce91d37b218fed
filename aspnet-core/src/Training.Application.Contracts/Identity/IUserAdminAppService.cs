using Training.Common;

namespace Training.Identity;

public interface IUserAdminAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserDto> CreateAsync(SaveUserDto input, CancellationToken cancellationToken = default);

    Task<UserDto> UpdateAsync(Guid id, SaveUserDto input, CancellationToken cancellationToken = default);

    Task UnlockAsync(Guid id, CancellationToken cancellationToken = default);
}
