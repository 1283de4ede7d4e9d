using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SaksbehandlerlisteIndeks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_SaksbehandlerId_Frist",
                table: "Saker");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId_Frist_Id_Status",
                table: "Saker",
                columns: new[] { "SaksbehandlerId", "Frist", "Id", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_SaksbehandlerId_Frist_Id_Status",
                table: "Saker");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId_Frist",
                table: "Saker",
                columns: new[] { "SaksbehandlerId", "Frist" });
        }
    }
}
