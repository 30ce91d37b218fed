using Microsoft.EntityFrameworkCore;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Rosters;

public sealed class EfStaffImportJobRepository(TrainingDbContext db) : IStaffImportJobRepository
{
    public Task<StaffImportJob?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.StaffImportJobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    public async Task InsertAsync(StaffImportJob job, CancellationToken cancellationToken = default) =>
        await db.StaffImportJobs.AddAsync(job, cancellationToken);

    public Task SetRowsReadAsync(Guid id, int rowsRead, CancellationToken cancellationToken = default) =>
        db.StaffImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.RowsRead, rowsRead), cancellationToken);

    // FinishedAt is stored as UTC ticks, so the comparison is the column's own order on both engines.
    public Task<int> DeleteFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        db.StaffImportJobs.Where(j => j.FinishedAt != null && j.FinishedAt < before).ExecuteDeleteAsync(cancellationToken);
}
