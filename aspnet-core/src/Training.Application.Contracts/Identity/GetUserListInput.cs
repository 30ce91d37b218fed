using Training.Common;

namespace Training.Identity;

public sealed record GetUserListInput : PagedInput
{
    public string? Search { get; init; }
}
