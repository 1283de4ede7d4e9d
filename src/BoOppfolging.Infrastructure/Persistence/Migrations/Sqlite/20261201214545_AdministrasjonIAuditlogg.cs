using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdministrasjonIAuditlogg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "KontoId",
                table: "AuditLogg",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogg_KontoId_Tidspunkt",
                table: "AuditLogg",
                columns: new[] { "KontoId", "Tidspunkt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditLogg_KontoId_Tidspunkt",
                table: "AuditLogg");

            migrationBuilder.DropColumn(
                name: "KontoId",
                table: "AuditLogg");
        }
    }
}
