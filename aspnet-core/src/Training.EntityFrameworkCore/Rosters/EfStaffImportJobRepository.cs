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

    public Task<int> DeleteFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var ticks = before.UtcTicks;
        return db.StaffImportJobs.Where(j => j.FinishedAt != null && EF.Property<long?>(j, nameof(StaffImportJob.FinishedAt)) < ticks)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
