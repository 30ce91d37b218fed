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
    private static readonly ValueConverter<IReadOnlyList<Guid>, string> Ids = new(
        v => string.Join(',', v),
        v => v.Length == 0 ? new List<Guid>() : v.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList());

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
        builder.Property(q => q.QuestionIds).HasConversion(Ids, ListColumns.Comparer<Guid>()).IsRequired();
        builder.Property(q => q.Draw).HasConversion(Draws, ListColumns.Comparer<QuizDraw>()).IsRequired();
        builder.ComplexProperty(q => q.Settings, settings => settings.Property(s => s.Review).HasConversion<string>().HasMaxLength(32));
        builder.HasIndex(q => q.CourseId);
    }
}
