using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Training.Courses;
using Training.EntityFrameworkCore.Courses;
using Training.Quizzes;

namespace Training.EntityFrameworkCore.Quizzes;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(q => q.Category).HasMaxLength(QuizConsts.MaxCategoryLength).IsRequired();
        builder.Property(q => q.CategoryKey).HasMaxLength(QuizConsts.MaxCategoryLength).IsRequired();
        builder.Property(q => q.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Text).IsRequired();
        builder.HasIndex(q => new { q.CourseId, q.Order });
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Options).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_options");
    }
}

internal sealed class QuestionOptionConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> builder)
    {
        builder.ToTable("QuestionOptions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Text).HasMaxLength(QuizConsts.MaxOptionTextLength).IsRequired();
    }
}

internal sealed class QuizConfiguration : IEntityTypeConfiguration<Quiz>
{
    // A category never holds a line break or a tab (it is cleaned to single spaces).
    private static readonly ValueConverter<IReadOnlyList<QuizDraw>, string> Draws = new(
        v => string.Join('\n', v.Select(d => d.Category + '\t' + d.Count.ToString(CultureInfo.InvariantCulture))),
        v => v.Length == 0 ? new List<QuizDraw>() : v.Split('\n', StringSplitOptions.None).Select(ParseDraw).ToList());

    private static QuizDraw ParseDraw(string text)
    {
        var tab = text.LastIndexOf('\t');
        return new QuizDraw(text[..tab], int.Parse(text[(tab + 1)..], CultureInfo.InvariantCulture));
    }

    public void Configure(EntityTypeBuilder<Quiz> builder)
    {
        builder.ToTable("Quizzes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(q => q.Title).HasMaxLength(QuizConsts.MaxTitleLength).IsRequired();
        builder.Property(q => q.QuestionIds).HasConversion(ListColumns.Guids, ListColumns.Comparer<Guid>()).IsRequired();
        builder.Property(q => q.Draw).HasConversion(Draws, ListColumns.Comparer<QuizDraw>()).IsRequired();
        builder.ComplexProperty(q => q.Settings, settings => settings.Property(s => s.Review).HasConversion<string>().HasMaxLength(32));
        builder.HasIndex(q => q.CourseId);
    }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.ToTable("QuizAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Training.Rosters.StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Score).HasPrecision(7, 2);
        builder.Property(a => a.Percent).HasPrecision(5, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.QuizId, a.StaffMemberId, a.Number }).IsUnique();

        // One open attempt per person and quiz: a start that read "none open" just before another committed one fails here
        // (the count it read may already include the other, so the numbers alone would not clash).
        builder.HasIndex(a => new { a.QuizId, a.StaffMemberId }).IsUnique().HasFilter("\"SubmittedAt\" IS NULL").HasDatabaseName("IX_QuizAttempts_Open");
        builder.HasIndex(a => new { a.CourseId, a.StaffMemberId });
        builder.HasIndex(a => a.Deadline).HasFilter("\"SubmittedAt\" IS NULL");
        builder.HasMany(a => a.Questions).WithOne().HasForeignKey(q => q.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Questions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_questions");
    }
}

internal sealed class AttemptQuestionConfiguration : IEntityTypeConfiguration<AttemptQuestion>
{
    public void Configure(EntityTypeBuilder<AttemptQuestion> builder)
    {
        builder.ToTable("AttemptQuestions");
        builder.HasKey(q => new { q.AttemptId, q.QuestionId });
        builder.HasOne<Question>().WithMany().HasForeignKey(q => q.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(q => q.OptionIds).HasConversion(ListColumns.Guids, ListColumns.Comparer<Guid>()).IsRequired();
        builder.Property(q => q.SelectedOptionIds).HasConversion(ListColumns.Guids!, ListColumns.Comparer<Guid>()!);
        builder.Property(q => q.Score).HasPrecision(5, 4);
        builder.HasIndex(q => q.QuestionId);
    }
}
