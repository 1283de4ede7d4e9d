using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class VedtakKlage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Klager_Vedtak_NyttVedtakId",
                table: "Klager");

            migrationBuilder.AddColumn<Guid>(
                name: "KlageId",
                table: "Vedtak",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_KlageId",
                table: "Vedtak",
                column: "KlageId");

            migrationBuilder.AddForeignKey(
                name: "FK_Vedtak_Klager_KlageId",
                table: "Vedtak",
                column: "KlageId",
                principalTable: "Klager",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Vedtak_Klager_KlageId",
                table: "Vedtak");

            migrationBuilder.DropIndex(
                name: "IX_Vedtak_KlageId",
                table: "Vedtak");

            migrationBuilder.DropColumn(
                name: "KlageId",
                table: "Vedtak");

            migrationBuilder.AddForeignKey(
                name: "FK_Klager_Vedtak_NyttVedtakId",
                table: "Klager",
                column: "NyttVedtakId",
                principalTable: "Vedtak",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
