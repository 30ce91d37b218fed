namespace Training.Identity;

/// <summary>Who is calling: the signed-in user of a request, or nobody (a job, the seeder, an anonymous visitor).</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    string? UserName { get; }
}
