using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BesokPlanlagtePerSak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Besok_SakId_Dato",
                table: "Besok");

            migrationBuilder.CreateIndex(
                name: "IX_Besok_PlanlagtePerSak",
                table: "Besok",
                columns: new[] { "SakId", "Dato" },
                filter: "[Status] = 'Planlagt'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Besok_PlanlagtePerSak",
                table: "Besok");

            migrationBuilder.CreateIndex(
                name: "IX_Besok_SakId_Dato",
                table: "Besok",
                columns: new[] { "SakId", "Dato" });
        }
    }
}
