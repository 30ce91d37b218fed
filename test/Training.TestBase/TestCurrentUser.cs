using Training.Identity;

namespace Training;

/// <summary>The caller of an application-service test; tests set it to a seeded user.</summary>
public sealed class TestCurrentUser : ICurrentUser, ICurrentUserSetter
{
    public Guid? Id { get; set; }

    public string? UserName { get; set; }

    public void ActAs(Guid userId, string? userName)
    {
        Id = userId;
        UserName = userName;
    }
}
