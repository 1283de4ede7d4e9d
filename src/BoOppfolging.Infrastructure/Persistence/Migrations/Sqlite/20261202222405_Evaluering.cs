using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evaluering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Evalueringer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VedtakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dato = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BrukerDeltok = table.Column<bool>(type: "INTEGER", nullable: false),
                    Vurdering = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Maal = table.Column<string>(type: "TEXT", nullable: false),
                    Konklusjon = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    NesteEvaluering = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegistrertAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Registrert = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evalueringer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evalueringer_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evalueringer_Vedtak_VedtakId",
                        column: x => x.VedtakId,
                        principalTable: "Vedtak",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evalueringer_SakId",
                table: "Evalueringer",
                column: "SakId");

            migrationBuilder.CreateIndex(
                name: "IX_Evalueringer_VedtakId_Registrert",
                table: "Evalueringer",
                columns: new[] { "VedtakId", "Registrert" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evalueringer");
        }
    }
}
