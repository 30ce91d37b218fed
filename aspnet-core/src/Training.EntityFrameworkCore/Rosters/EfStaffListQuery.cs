using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Rosters;

public sealed class EfStaffListQuery(TrainingDbContext db, IMemoryCache cache) : IStaffListQuery
{
    /// <summary>Counting a whole province's roster costs more than reading a page of it; paging through it, the total may lag this much.</summary>
    private static readonly TimeSpan CountLifetime = TimeSpan.FromSeconds(30);

    public async Task<(IReadOnlyList<StaffListRow> Rows, long Total)> GetPageAsync(StaffQuery query, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var found = StaffOnDate.Query(db, query);
        var rows = await found.Skip(skip).Take(take)
            .Select(r => new StaffListRow(r.Staff.Id, r.Staff.FullName, r.Staff.Gender, r.Staff.BirthDate, r.Staff.Ethnicity, r.Staff.NationalId,
                r.Staff.Phone, r.Staff.Email, r.Unit.Id, r.Unit.Code, r.Unit.Name, r.Staff.Role, r.Staff.InScope, r.Staff.ActiveFrom, r.Staff.ActiveTo,
                r.Staff.UserId))
            .ToListAsync(cancellationToken);

        // A short first page is the whole list: no count needed.
        if (skip == 0 && rows.Count < take)
        {
            return (rows, rows.Count);
        }

        var key = (typeof(StaffListRow), string.Join('|', query.UnitPaths.Order(StringComparer.Ordinal)), query.AsOf, query.Role, query.InScope, query.Search,
            query.ActiveOnly);
        var total = await cache.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CountLifetime;
            return found.LongCountAsync(cancellationToken);
        });
        return (rows, total);
    }
}
