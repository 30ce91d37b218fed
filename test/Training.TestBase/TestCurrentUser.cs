using Training.Identity;

namespace Training;

/// <summary>The caller of an application-service test; tests set it to a seeded user.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public Guid? Id { get; set; }

    public string? UserName { get; set; }
}
