using Microsoft.EntityFrameworkCore;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.OrganizationUnits;

public sealed class EfOrganizationUnitRepository(TrainingDbContext db) : IOrganizationUnitRepository
{
    public async Task<OrganizationUnit?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.OrganizationUnits.FindAsync([id], cancellationToken);

    public async Task<OrganizationUnit?> FindByCodeAsync(string code, DateOnly asOf, bool fallBackToLatest, CancellationToken cancellationToken = default)
    {
        var withCode = db.OrganizationUnits.Where(u => u.Code == code);
        var valid = await withCode.Where(u => u.ValidFrom <= asOf && (u.ValidTo == null || u.ValidTo >= asOf)).FirstOrDefaultAsync(cancellationToken);
        if (valid is not null || !fallBackToLatest)
        {
            return valid;
        }

        return await withCode.OrderByDescending(u => u.ValidFrom).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<List<OrganizationUnit>> GetChildrenAsync(Guid? parentId, DateOnly asOf, OrganizationUnitKind? kind, CancellationToken cancellationToken = default) =>
        db.OrganizationUnits
            .Where(u => u.ParentId == parentId && u.ValidFrom <= asOf && (u.ValidTo == null || u.ValidTo >= asOf))
            .Where(u => kind == null || u.Kind == kind)
            .OrderBy(u => u.Code)
            .ToListAsync(cancellationToken);

    public Task<List<OrganizationUnit>> GetAllChildrenAsync(Guid? parentId, CancellationToken cancellationToken = default) =>
        db.OrganizationUnits.Where(u => u.ParentId == parentId)
            .OrderBy(u => u.Kind).ThenBy(u => u.Code).ThenBy(u => u.ValidFrom)
            .ToListAsync(cancellationToken);

    public Task<List<OrganizationUnit>> GetValidOnAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        db.OrganizationUnits.AsNoTracking()
            .Where(u => u.ValidFrom <= asOf && (u.ValidTo == null || u.ValidTo >= asOf))
            .OrderBy(u => u.Path)
            .ToListAsync(cancellationToken);

    public Task<List<OrganizationUnit>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        db.OrganizationUnits.Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);

    public async Task<bool> IsCodeTakenAsync(string code, DateOnly validFrom, DateOnly? validTo, Guid? exceptId, CancellationToken cancellationToken = default)
    {
        var end = validTo ?? DateOnly.MaxValue;
        bool Overlaps(OrganizationUnit u) => u.Code == code && u.Id != exceptId && u.ValidFrom <= end && (u.ValidTo == null || u.ValidTo >= validFrom);

        // Units added in this unit of work (a seed, a batch) are not in the database yet.
        return db.OrganizationUnits.Local.Any(Overlaps)
            || await db.OrganizationUnits.AnyAsync(
                u => u.Code == code && u.Id != exceptId && u.ValidFrom <= end && (u.ValidTo == null || u.ValidTo >= validFrom), cancellationToken);
    }

    public async Task<string?> GetLastChildPathAsync(Guid? parentId, CancellationToken cancellationToken = default)
    {
        var stored = await db.OrganizationUnits.Where(u => u.ParentId == parentId).MaxAsync(u => (string?)u.Path, cancellationToken);
        var local = db.OrganizationUnits.Local.Where(u => u.ParentId == parentId).Select(u => u.Path).Max(StringComparer.Ordinal);
        return string.CompareOrdinal(stored, local) >= 0 ? stored : local;
    }

    public Task<List<OrganizationUnitSuccession>> GetSuccessionsAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        db.OrganizationUnitSuccessions.Where(s => s.PredecessorId == unitId || s.SuccessorId == unitId).ToListAsync(cancellationToken);

    public async Task InsertAsync(OrganizationUnit unit, CancellationToken cancellationToken = default) =>
        await db.OrganizationUnits.AddAsync(unit, cancellationToken);

    public async Task InsertSuccessionAsync(OrganizationUnitSuccession succession, CancellationToken cancellationToken = default) =>
        await db.OrganizationUnitSuccessions.AddAsync(succession, cancellationToken);
}
