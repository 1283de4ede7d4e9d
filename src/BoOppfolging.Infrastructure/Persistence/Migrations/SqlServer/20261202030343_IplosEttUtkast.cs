using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IplosEttUtkast : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_EttUtkast",
                table: "IplosVurderinger",
                column: "SakId",
                unique: true,
                filter: "[Ferdig] IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IplosVurderinger_EttUtkast",
                table: "IplosVurderinger");
        }
    }
}
