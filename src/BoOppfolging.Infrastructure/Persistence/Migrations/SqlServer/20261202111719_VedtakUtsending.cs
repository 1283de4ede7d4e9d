using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class VedtakUtsending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_Status_Klagefrist_Vedtatt",
                table: "Vedtak",
                columns: new[] { "Status", "Klagefrist", "Vedtatt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vedtak_Status_Klagefrist_Vedtatt",
                table: "Vedtak");
        }
    }
}
