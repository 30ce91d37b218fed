using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Identity;

namespace Training.EntityFrameworkCore.Identity;

// Instants as UTC ticks, as elsewhere: SQLite cannot compare DateTimeOffset, and "unused and unexpired" is one comparison.
internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("SignInSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<TrainingUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.EndedAt });
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("RefreshTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<SignInSession>().WithMany().HasForeignKey(t => t.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.FamilyId);
    }
}

public sealed class EfSignInSessionRepository(TrainingDbContext db) : ISignInSessionRepository
{
    public async Task InsertAsync(SignInSession session, RefreshToken? refreshToken, CancellationToken cancellationToken = default)
    {
        db.Add(session);
        if (refreshToken is not null)
        {
            db.Add(refreshToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task InsertAsync(RefreshToken refreshToken, CancellationToken cancellationToken = default)
    {
        db.Add(refreshToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> TryUseAsync(Guid refreshTokenId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await db.Set<RefreshToken>()
            .Where(t => t.Id == refreshTokenId && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken) == 1;

    public Task EndAsync(Guid sessionId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.Set<SignInSession>().Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), cancellationToken);

    public Task<SignInSessionState?> GetStateAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        (from session in db.Set<SignInSession>()
         join user in db.Users on session.UserId equals user.Id
         where session.Id == sessionId
         select new SignInSessionState(user.Id, session.EndedAt != null, user.SecurityStamp, user.IsActive,
             db.StaffMembers.Where(s => s.UserId == user.Id).Select(s => s.ActiveTo).FirstOrDefault()))
        .AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    public async Task<int> DeleteExpiredAsync(DateTimeOffset before, DateTimeOffset staleBefore, CancellationToken cancellationToken = default)
    {
        var tokens = await db.Set<RefreshToken>().Where(t => t.ExpiresAt < before).ExecuteDeleteAsync(cancellationToken);
        var sessions = await db.Set<SignInSession>()
            .Where(s => (s.EndedAt != null && s.EndedAt < before)
                || (s.StartedAt < staleBefore && !db.Set<RefreshToken>().Any(t => t.FamilyId == s.Id)))
            .ExecuteDeleteAsync(cancellationToken);
        return tokens + sessions;
    }

    public async Task<bool> IsAccountActiveAsync(Guid userId, DateOnly today, CancellationToken cancellationToken = default) =>
        await db.Users.AnyAsync(u => u.Id == userId && u.IsActive
            && !db.StaffMembers.Any(s => s.UserId == userId && s.ActiveTo != null && s.ActiveTo < today), cancellationToken);
}
