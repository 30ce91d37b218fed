using System.Text.Encodings.Web;
using System.Text.Json;
using Training.Identity;

namespace Training.Auditing;

/// <summary>
/// Records who read or exported personal data, over which units, and when: one entry per request, not one per person, so
/// that the log says "the officer exported Hoà An's roster" without growing with the roster. A bulk write (the move to
/// successors) records its request the same way, beside the entries its save writes for each row.
/// </summary>
public sealed class PersonalDataAudit(IAuditLogRepository repository, ITrainingUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <param name="entityType">What was read, e.g. "StaffMember".</param>
    /// <param name="what">The route or file read, e.g. "list" or "export".</param>
    /// <param name="unitPaths">The subtrees the read covered.</param>
    /// <param name="details">The query (unit, date, filters), the number of people and which personal fields were shown in full.</param>
    public async Task RecordAsync(AuditAction action, string entityType, string what, IReadOnlyCollection<string> unitPaths, object details,
        CancellationToken cancellationToken)
    {
        await repository.InsertAsync(new AuditLogEntry(Guid.CreateVersion7(), clock.GetUtcNow(), currentUser.Id, currentUser.UserName, entityType, what,
            action, JsonSerializer.Serialize(details, Json), AuditLogEntry.JoinPaths(unitPaths)), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
