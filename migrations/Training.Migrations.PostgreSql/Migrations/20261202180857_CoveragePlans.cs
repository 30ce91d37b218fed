using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CoveragePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoveragePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RootUnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Roles = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CourseCodes = table.Column<string>(type: "character varying(3250)", maxLength: 3250, nullable: false),
                    TargetPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ActivityTargetPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ReportingDates = table.Column<string>(type: "character varying(264)", maxLength: 264, nullable: false),
                    ReportDueDays = table.Column<int>(type: "integer", nullable: false),
                    ReportingUnitKinds = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsolidatingUnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoveragePlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoverageFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    BlobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverageFiles_Blobs_BlobId",
                        column: x => x.BlobId,
                        principalTable: "Blobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverageFiles_CoveragePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CoveragePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoverageSnapshots",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    InScope = table.Column<int>(type: "integer", nullable: false),
                    Trained = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageSnapshots", x => new { x.PlanId, x.UnitId, x.Date });
                    table.ForeignKey(
                        name: "FK_CoverageSnapshots_CoveragePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CoveragePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoverageSnapshots_OrganizationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganizationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompletions_StaffMemberId_CourseCode_CompletedOn",
                table: "CourseCompletions",
                columns: new[] { "StaffMemberId", "CourseCode", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CoverageFiles_BlobId",
                table: "CoverageFiles",
                column: "BlobId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageFiles_PlanId_ReportingDate_Format",
                table: "CoverageFiles",
                columns: new[] { "PlanId", "ReportingDate", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoveragePlans_StartsOn",
                table: "CoveragePlans",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageSnapshots_PlanId_Date",
                table: "CoverageSnapshots",
                columns: new[] { "PlanId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CoverageSnapshots_UnitId",
                table: "CoverageSnapshots",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoverageFiles");

            migrationBuilder.DropTable(
                name: "CoverageSnapshots");

            migrationBuilder.DropTable(
                name: "CoveragePlans");

            migrationBuilder.DropIndex(
                name: "IX_CourseCompletions_StaffMemberId_CourseCode_CompletedOn",
                table: "CourseCompletions");
        }
    }
}
