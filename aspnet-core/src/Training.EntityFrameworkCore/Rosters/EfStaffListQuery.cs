using Microsoft.EntityFrameworkCore;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Rosters;

public sealed class EfStaffListQuery(TrainingDbContext db) : IStaffListQuery
{
    public async Task<(IReadOnlyList<StaffListRow> Rows, long Total)> GetPageAsync(StaffQuery query, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var found = StaffOnDate.Query(db, query);
        var rows = await found.Skip(skip).Take(take)
            .Select(r => new StaffListRow(r.Staff.Id, r.Staff.FullName, r.Staff.Gender, r.Staff.BirthDate, r.Staff.Ethnicity, r.Staff.NationalId,
                r.Staff.Phone, r.Staff.Email, r.Unit.Id, r.Unit.Code, r.Unit.Name, r.Staff.Role, r.Staff.InScope, r.Staff.ActiveFrom, r.Staff.ActiveTo,
                r.Staff.UserId))
            .ToListAsync(cancellationToken);
        return (rows, await found.LongCountAsync(cancellationToken));
    }
}
