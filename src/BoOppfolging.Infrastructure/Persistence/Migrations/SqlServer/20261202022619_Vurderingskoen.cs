using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Vurderingskoen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Saker_Status_TeamId_Frist_Id",
                table: "Saker",
                columns: new[] { "Status", "TeamId", "Frist", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_Status_TeamId_Frist_Id",
                table: "Saker");
        }
    }
}
