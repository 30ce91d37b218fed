using Training.Courses;

namespace Training.Application.Tests.Courses;

public class LessonContent_Tests
{
    private static readonly Guid OwnImage = Guid.CreateVersion7();
    private static readonly Guid OtherCoursesImage = Guid.CreateVersion7();

    private static string Sanitise(string html) => LessonContent.Sanitise(html, new HashSet<Guid> { OwnImage });

    [Fact]
    public void A_Link_Made_To_Cover_The_Page_Keeps_No_Positioning_Class_Or_Style()
    {
        var body = Sanitise("<a href=\"https://lừa-đảo.example/\" class=\"position-fixed top-0 start-0 w-100 h-100 z-3 d-block\">Xem tiếp</a>"
            + "<a href=\"https://lừa-đảo.example/\" style=\"position:fixed;inset:0;width:100%;height:100%;z-index:9999\">Bấm vào đây</a>"
            + "<div class=\"fixed-top sticky-top vh-100 text-center\">Tiêu đề</div>");

        body.ShouldNotContain("position", Case.Insensitive);
        body.ShouldNotContain("style", Case.Insensitive);
        body.ShouldNotContain("fixed", Case.Insensitive);
        body.ShouldNotContain("w-100");
        body.ShouldNotContain("z-");
        body.ShouldContain("<div class=\"text-center\">Tiêu đề</div>");
        body.ShouldContain(">Xem tiếp</a>");
    }

    [Fact]
    public void Alignment_Classes_Are_Kept_Everywhere_And_Table_Classes_Only_On_Tables()
    {
        var body = Sanitise("<p class=\"text-start lead\">a</p><p class=\"text-end\">b</p>"
            + "<table class=\"table table-bordered table-dark\"><tbody><tr><td class=\"text-center table\">c</td></tr></tbody></table>");

        body.ShouldBe("<p class=\"text-start\">a</p><p class=\"text-end\">b</p>"
            + "<table class=\"table table-bordered\"><tbody><tr><td class=\"text-center\">c</td></tr></tbody></table>");
    }

    [Fact]
    public void Only_Images_Of_The_Courses_Own_Attachments_Are_Kept()
    {
        var body = Sanitise($"<p>Ảnh</p><img src=\"https://tracker.example/pixel.png?learner=1\" alt=\"ngoài\">"
            + $"<img src=\"/api/training/courses/{Guid.NewGuid()}/attachments/{OtherCoursesImage}\" alt=\"đường dẫn\">"
            + $"<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"nhúng\">"
            + $"<img src=\"attachment:{OtherCoursesImage}\" alt=\"khoá khác\">"
            + $"<img src=\"attachment:{OwnImage.ToString().ToUpperInvariant()}\" srcset=\"https://tracker.example/2x.png 2x\" alt=\"của khoá\">"
            + $"<a href=\"attachment:{OwnImage}\">tải</a>");

        body.ShouldBe($"<p>Ảnh</p><img src=\"attachment:{OwnImage}\" alt=\"của khoá\"><a>tải</a>");
        LessonContent.ForReader(body, "/api/training/catalogue/lessons/1/attachments/")
            .ShouldContain($"<img src=\"/api/training/catalogue/lessons/1/attachments/{OwnImage}\" alt=\"của khoá\">");
    }

    [Fact]
    public void Sanitising_Twice_Changes_Nothing_More()
    {
        var once = Sanitise($"<p class=\"text-center x\" style=\"color:red\">Nội dung <b>chính</b> &amp; <i>phụ</i></p><img src=\"attachment:{OwnImage}\" alt=\"ảnh\">");

        Sanitise(once).ShouldBe(once);
    }
}
