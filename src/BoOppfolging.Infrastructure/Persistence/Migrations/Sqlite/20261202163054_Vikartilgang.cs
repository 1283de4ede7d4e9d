using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Vikartilgang : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Vikartilganger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrukerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dato = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gitt = table.Column<long>(type: "INTEGER", nullable: false),
                    Grunn = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Begrunnelse = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DekkerFor = table.Column<Guid>(type: "TEXT", nullable: true),
                    GjennomgattAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Gjennomgatt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vikartilganger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vikartilganger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vikartilganger_BrukerId_Dato_SakId",
                table: "Vikartilganger",
                columns: new[] { "BrukerId", "Dato", "SakId" });

            migrationBuilder.CreateIndex(
                name: "IX_Vikartilganger_Dato",
                table: "Vikartilganger",
                column: "Dato");

            migrationBuilder.CreateIndex(
                name: "IX_Vikartilganger_SakId",
                table: "Vikartilganger",
                column: "SakId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Vikartilganger");
        }
    }
}
